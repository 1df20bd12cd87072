package docket.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitorCookieTest {

    @TempDir
    Path dataDir;

    @Test
    void aSignedCookieReadsBackAsTheSameVisitor() {
        VisitorCookie cookie = new VisitorCookie(null, dataDir);
        Visitor visitor = new Visitor("token-1", 454L);

        assertEquals(Optional.of(visitor), cookie.decode(cookie.encode(visitor)));
        assertEquals(Optional.of(new Visitor("token-2", null)), cookie.decode(cookie.encode(new Visitor("token-2", null))));
    }

    @Test
    void nobodyCanReviewAsSomebodyElseByEditingTheCookie() {
        VisitorCookie cookie = new VisitorCookie(null, dataDir);
        String genuine = cookie.encode(new Visitor("token-1", 454L));
        String forged = new VisitorCookie("another-secret", dataDir).encode(new Visitor("token-1", 1L));
        String payloadSwapped = forged.substring(0, forged.indexOf('.')) + genuine.substring(genuine.indexOf('.'));

        assertTrue(cookie.decode(forged).isEmpty());
        assertTrue(cookie.decode(payloadSwapped).isEmpty());
        assertTrue(cookie.decode("garbage").isEmpty());
    }

    @Test
    void theGeneratedKeyIsKeptSoCookiesSurviveARestart() throws Exception {
        String value = new VisitorCookie(null, dataDir).encode(new Visitor("token-1", 7L));

        assertTrue(Files.exists(dataDir.resolve("cookie-secret")));
        assertEquals(Optional.of(new Visitor("token-1", 7L)), new VisitorCookie(null, dataDir).decode(value));
        assertNotEquals(value, new VisitorCookie("configured", dataDir).encode(new Visitor("token-1", 7L)));
    }
}
