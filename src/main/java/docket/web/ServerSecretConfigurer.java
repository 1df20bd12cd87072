package docket.web;

import docket.embedded.ServiceSettings;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The server's secret, which signs the reviewer cookie and the editors' login cookie:
 * {@code DOCKET_SECRET}, or one generated once into the data directory so that a laptop
 * needs no setup and cookies survive a restart.
 */
@ContextConfigurer
public final class ServerSecretConfigurer implements ApplicationContextConfigurer {

    private static final int MINIMUM_LENGTH = 32;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        String secret = secret(System.getenv("DOCKET_SECRET"), ServiceSettings.fromEnvironment().dataDir().resolve("secret"));
        builder.properties(Map.of("docket.secret", secret,
                "micronaut.security.token.jwt.signatures.secret.generator.secret", secret));
    }

    static String secret(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("DOCKET_SECRET must be at least " + MINIMUM_LENGTH + " characters long");
            }
            return configured;
        }
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(fresh));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server secret " + file, e);
        }
    }
}
