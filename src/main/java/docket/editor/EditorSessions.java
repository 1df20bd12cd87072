package docket.editor;

import docket.review.Reviewer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Editors' sign-ins kept on the server, so that signing out, a ban or a new password ends them at
 * once on every instance: the login cookie carries the session's id as the {@value #CLAIM} claim,
 * and {@link SessionClaimValidator} looks it up on every request that carries the cookie.
 */
@Singleton
class EditorSessions {

    static final String CLAIM = "sid";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EditorSessionRepository sessions;
    private final Duration length;

    EditorSessions(EditorSessionRepository sessions,
                   @Value("${micronaut.security.token.generator.access-token.expiration}") int lengthSeconds) {
        this.sessions = sessions;
        this.length = Duration.ofSeconds(lengthSeconds);
    }

    /** Returns the new session's id: 256 random bits, URL-safe. */
    String open(Reviewer reviewer) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        sessions.endExpired(reviewer.id(), now);
        sessions.open(id, reviewer.id(), now.plus(length));
        return id;
    }

    boolean live(String id) {
        return sessions.live(id, Instant.now());
    }

    void end(String id) {
        sessions.end(id);
    }

    void endAll(long reviewerId) {
        sessions.endAll(reviewerId);
    }
}
