package docket.limits;

import docket.web.ClientAddress;
import docket.web.VisitorCookie;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.regex.Pattern;

/**
 * Puts the limits in front of the requests they count: reviews (form and API), pages handed out
 * (the next button and the review screen), and password checks (the sign-in form, HTTP Basic on the
 * editors' API). Runs before authentication, so that a refused guess costs no password hash, and before
 * the controllers, so that nothing is recorded for a refused request. A personal API token costs no
 * hash: a script may use its own as often as it likes, and only tokens that fail count, as guesses.
 */
@ServerFilter({"/review", "/review/**", "/api/pages/*/reviews", "/api/assignments/*/next", "/login", "/api/editor/**",
        "/health", "/health/**"})
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
        } else if (method == HttpMethod.POST && path.equals("/login") || path.startsWith("/api/editor/") && credentials(request, "Basic ")) {
            limiter.signIn(clients.of(request));
        } else if (credentials(request, "Bearer ")) {
            limiter.beforeToken(clients.of(request));
        }
        return null;
    }

    /**
     * A token refused counts as a guess; the next guesses are refused once the address has used them up.
     * A next button that handed out no page (204: the last pages are all held, or nothing is left) holds
     * nothing, so a reviewer may ask again as the answer's Retry-After invites.
     */
    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void afterwards(HttpRequest<?> request, HttpResponse<?> response) {
        if (!settings.enabled()) {
            return;
        }
        if (response.status() == HttpStatus.UNAUTHORIZED && credentials(request, "Bearer ")) {
            limiter.failedToken(clients.of(request));
        } else if (response.status() == HttpStatus.NO_CONTENT && request.getMethod() == HttpMethod.POST
                && NEXT.matcher(request.getPath()).matches()) {
            limiter.noLease(clients.of(request), visitors.known(request));
        }
    }

    private static boolean credentials(HttpRequest<?> request, String scheme) {
        return request.getHeaders().getAuthorization().filter(value -> value.regionMatches(true, 0, scheme, 0, scheme.length())).isPresent();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
