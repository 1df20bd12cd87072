package docket.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.net.URI;

/**
 * The one same-site rule: a request is cross-site when the browser says so ({@code Sec-Fetch-Site:
 * cross-site}) or when its {@code Origin} is not the site it is addressed to ({@code Host}). A request
 * with neither header comes from a script or an old browser, which no other site can drive.
 */
public final class CrossSite {

    private CrossSite() {
    }

    public static boolean from(HttpRequest<?> request) {
        if ("cross-site".equalsIgnoreCase(request.getHeaders().get("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                // "Origin: null" is what a sandboxed frame or a redirect from elsewhere sends.
                return true;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return !host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The refusal every guard gives, naming the other site. */
    public static Problem refused(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        return Problem.forbidden("Refused: this request was sent from another site"
                + (origin == null ? "" : " (" + origin + ")") + ". Open Docket itself and try again there.");
    }
}
