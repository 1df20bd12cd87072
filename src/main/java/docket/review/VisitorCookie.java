package docket.review;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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

    private final SecretKeySpec key;

    VisitorCookie(@Value("${docket.secret}") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The visitor of this request: from a valid cookie, or a new one. */
    public Visitor read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).flatMap(c -> decode(c.getValue()))
                .orElseGet(() -> new Visitor(UUID.randomUUID().toString(), null));
    }

    public <T> MutableHttpResponse<T> write(MutableHttpResponse<T> response, Visitor visitor) {
        return response.cookie(Cookie.of(NAME, encode(visitor)).path("/").httpOnly(true)
                .sameSite(SameSite.Lax).maxAge(LIFETIME));
    }

    String encode(Visitor visitor) {
        String payload = visitor.token() + "|" + (visitor.reviewerId() == null ? "" : visitor.reviewerId());
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + sign(encoded);
    }

    Optional<Visitor> decode(String value) {
        int dot = value.lastIndexOf('.');
        if (dot < 0 || !MessageDigest.isEqual(sign(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
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

    private String sign(String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
