package docket.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The site's public address ({@code DOCKET_PUBLIC_URL}), the base of every absolute link Docket hands
 * out (Atom, CSV). Never the request's {@code Host} or {@code X-Forwarded-Host}: any client chooses
 * those, and a feed or export cached with a hostile host in it would send readers elsewhere. Without
 * the setting it is {@code http://localhost:PORT}, right on a laptop. Checked at start, so that a
 * mistyped address stops the server instead of going out in every link.
 */
@Context
public class PublicUrl {

    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicUrl(@Value("${docket.public-url:}") String configured, BeanProvider<EmbeddedServer> server) {
        this.configured = configured.isBlank() ? null : parse(configured);
        this.server = server;
    }

    /** e.g. {@code https://docket.example.org}, with no trailing slash. */
    public String base() {
        return configured != null ? configured : "http://localhost:" + server.get().getPort();
    }

    static String parse(String value) {
        String problem = "DOCKET_PUBLIC_URL must be the site's address, such as https://docket.example.org, not '" + value + "'";
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(problem + ": " + e.getReason());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException(problem + ": it needs http:// or https:// and a host name");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            // Docket's own links start at the root of the site, so it cannot live under a path.
            throw new IllegalStateException(problem + ": give the scheme, host and port only");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
