package docket.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitorCookieTest {

    private final VisitorCookie cookie = new VisitorCookie(new Signatures("a-server-secret-of-at-least-32-characters"));

    @Test
    void aSignedCookieReadsBackAsTheSameVisitor() {
        Visitor visitor = new Visitor("token-1", 454L);

        assertEquals(Optional.of(visitor), cookie.decode(cookie.encode(visitor)));
        assertEquals(Optional.of(new Visitor("token-2", null)), cookie.decode(cookie.encode(new Visitor("token-2", null))));
    }

    @Test
    void nobodyCanReviewAsSomebodyElseByEditingTheCookie() {
        String genuine = cookie.encode(new Visitor("token-1", 454L));
        String forged = new VisitorCookie(new Signatures("another-secret-of-at-least-32-characters")).encode(new Visitor("token-1", 1L));
        String payloadSwapped = forged.substring(0, forged.indexOf('.')) + genuine.substring(genuine.indexOf('.'));

        assertTrue(cookie.decode(forged).isEmpty());
        assertTrue(cookie.decode(payloadSwapped).isEmpty());
        assertTrue(cookie.decode("garbage").isEmpty());
    }
}
