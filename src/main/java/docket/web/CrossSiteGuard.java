package docket.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Keeps other sites from writing through a reviewer's browser. Every write to the public JSON API
 * is JSON (a form or a no-cors {@code fetch} from another site cannot send that type without a CORS
 * preflight, which Docket never grants) and comes from Docket's own pages; the review form is
 * same-site too, besides carrying its token. The editors' desk has its own guard
 * ({@code editor.CsrfGuard}). Runs before the limits, so that a forged request costs the visitor
 * nothing.
 */
@ServerFilter({"/api/**", "/review/**"})
class CrossSiteGuard implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || request.getPath().startsWith("/api/editor/")) {
            return null;
        }
        if (CrossSite.from(request)) {
            throw CrossSite.refused(request);
        }
        boolean json = request.getContentType().map(type -> type.getName().equals(MediaType.APPLICATION_JSON)).orElse(false);
        if (request.getPath().startsWith("/api/") && method != HttpMethod.DELETE && !json) {
            throw Problem.unsupportedMediaType("The JSON API takes only application/json: send the body as JSON with "
                    + "the header Content-Type: application/json.");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() - 1;
    }
}
