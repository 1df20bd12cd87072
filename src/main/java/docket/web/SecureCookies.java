package docket.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Arrays;
import java.util.List;

/**
 * With {@code docket.secure-cookies} on (Docket served over TLS, usually behind a proxy that ends it),
 * every cookie Docket sets is {@code Secure}, so a browser never sends the visitor's or an editor's
 * cookie over plain HTTP. One rule for all of them: the visitor and assignment cookies, the editors'
 * login cookie that Micronaut Security writes, and any cookie added later. Behind a proxy the server
 * itself sees plain HTTP, so it cannot tell on its own.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "docket.secure-cookies", value = "true")
class SecureCookies implements Ordered {

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        List<String> cookies = headers.getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty()) {
            return;
        }
        headers.remove(HttpHeaders.SET_COOKIE);
        for (String cookie : cookies) {
            headers.add(HttpHeaders.SET_COOKIE, isSecure(cookie) ? cookie : cookie + "; Secure");
        }
    }

    private static boolean isSecure(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).anyMatch(attribute -> attribute.trim().equalsIgnoreCase("Secure"));
    }

    /** Outermost, so that cookies set by other filters (the login's) are seen too. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
