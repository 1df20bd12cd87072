package docket.limits;

import docket.review.VisitorCookie;
import docket.web.ClientAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.regex.Pattern;

/**
 * Puts the limits in front of the requests they count: reviews (form and API), pages handed out
 * (the next button and the review screen), and password checks (the sign-in form, credentials sent
 * to the editors' API). Runs before authentication, so that a refused guess costs no password hash,
 * and before the controllers, so that nothing is recorded for a refused request.
 */
@ServerFilter({"/review", "/review/**", "/api/pages/*/reviews", "/api/assignments/*/next", "/login", "/api/editor/**"})
class LimitFilter implements Ordered {

    private static final Pattern REVIEW = Pattern.compile("/review/\\d+|/api/pages/\\d+/reviews");
    private static final Pattern NEXT = Pattern.compile("/api/assignments/[^/]+/next");

    private final LimitSettings settings;
    private final Limiter limiter;
    private final ClientAddress clients;
    private final VisitorCookie visitors;

    LimitFilter(LimitSettings settings, Limiter limiter, ClientAddress clients, VisitorCookie visitors) {
        this.settings = settings;
        this.limiter = limiter;
        this.clients = clients;
        this.visitors = visitors;
    }

    /** Synchronous on a blocking thread, as editor.CsrfGuard explains: the buckets live in Redis. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (!settings.enabled()) {
            return null;
        }
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        if (method == HttpMethod.POST && REVIEW.matcher(path).matches()) {
            limiter.review(clients.of(request), visitors.known(request));
        } else if (method == HttpMethod.POST && NEXT.matcher(path).matches()
                // The review screen hands out a page, unless it shows again one sent back with a notice.
                || method == HttpMethod.GET && path.equals("/review") && request.getParameters().get("page") == null) {
            limiter.lease(clients.of(request), visitors.known(request));
        } else if (method == HttpMethod.POST && path.equals("/login")
                || path.startsWith("/api/editor/") && request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            limiter.signIn(clients.of(request));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
