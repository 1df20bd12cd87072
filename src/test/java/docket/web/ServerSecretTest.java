package docket.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerSecretTest {

    @Test
    void aGeneratedSecretIsKeptSoCookiesSurviveARestart(@TempDir Path dir) {
        String first = ServerSecretConfigurer.secret(null, dir.resolve("secret"));

        assertTrue(first.length() >= 32);
        assertEquals(first, ServerSecretConfigurer.secret(null, dir.resolve("secret")));
    }

    @Test
    void aConfiguredSecretWinsAndMustBeLongEnough(@TempDir Path dir) {
        String configured = "x".repeat(40);

        assertEquals(configured, ServerSecretConfigurer.secret(configured, dir.resolve("secret")));
        assertThrows(IllegalStateException.class, () -> ServerSecretConfigurer.secret("short", dir.resolve("secret")));
    }
}
