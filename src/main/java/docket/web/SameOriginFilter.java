package docket.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/**
 * Refuses a state-changing editor request that a browser says comes from another site (OWASP's
 * "verify origin with standard headers"). The editors' login cookie is SameSite=Strict as well,
 * so a cross-site form is never signed in to begin with.
 */
@ServerFilter({"/editor/**", "/logout"})
class SameOriginFilter {

    @RequestFilter
    @Nullable
    HttpResponse<?> checkOrigin(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return null;
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (origin == null || host == null || sameHost(origin, host)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).body("Refused: this form was sent from another site (" + origin + ").");
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
