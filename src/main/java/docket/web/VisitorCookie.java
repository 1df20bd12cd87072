package docket.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed cookie that identifies a browser without a sign-up: {@code token|reviewerId}, signed
 * with HMAC-SHA256 and the server's secret so that nobody can review as somebody else by editing it.
 */
@Singleton
public class VisitorCookie {

    public static final String NAME = "docket_visitor";
    private static final Duration LIFETIME = Duration.ofDays(730);

    private final Signatures signatures;

    VisitorCookie(Signatures signatures) {
        this.signatures = signatures;
    }

    /** The visitor of this request: from a valid cookie, or a new one. */
    public Visitor read(HttpRequest<?> request) {
        return known(request).orElseGet(() -> new Visitor(UUID.randomUUID().toString(), null));
    }

    /** The visitor of this request's valid cookie; empty on a first visit. */
    public Optional<Visitor> known(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).flatMap(c -> decode(c.getValue()));
    }

    public <T> MutableHttpResponse<T> write(MutableHttpResponse<T> response, Visitor visitor) {
        return response.cookie(Cookie.of(NAME, encode(visitor)).path("/").httpOnly(true)
                .sameSite(SameSite.Lax).maxAge(LIFETIME));
    }

    /**
     * The review form's forgery token: bound to the browser's own cookie, which another site can
     * neither read nor choose (OWASP's signed double-submit).
     */
    public String formToken(Visitor visitor) {
        return signatures.sign("review-form:" + visitor.token());
    }

    public boolean formTokenMatches(Visitor visitor, String token) {
        return signatures.verify("review-form:" + visitor.token(), token);
    }

    String encode(Visitor visitor) {
        String payload = visitor.token() + "|" + (visitor.reviewerId() == null ? "" : visitor.reviewerId());
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + signatures.sign(encoded);
    }

    Optional<Visitor> decode(String value) {
        int dot = value.lastIndexOf('.');
        if (dot < 0 || !signatures.verify(value.substring(0, dot), value.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            int bar = payload.indexOf('|');
            String reviewer = payload.substring(bar + 1);
            return Optional.of(new Visitor(payload.substring(0, bar), reviewer.isEmpty() ? null : Long.parseLong(reviewer)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
