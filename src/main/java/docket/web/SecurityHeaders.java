package docket.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser protections on every response (pages, JSON, assets, errors, redirects). The policy allows
 * scripts, styles and images from Docket itself only, so an injected {@code <script>} or event handler
 * does not run; no other site may frame a page (clickjacking on the review and desk forms); browsers
 * do not guess content types; and a page's address does not leak to the sites it links to. Templates
 * therefore carry no inline script or style: they live in {@code /assets}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; img-src 'self' data:";

    @ResponseFilter
    void protect(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        // frame-ancestors for browsers that predate it.
        headers.set("X-Frame-Options", "DENY");
    }

    /** Outermost, so that responses made by other filters (security's redirects and refusals) get the headers too. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
