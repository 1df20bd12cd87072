package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A login cookie is valid only while its session is: signed and unexpired is not enough. It applies to
 * the same JWT sent as a Bearer token too. The JWT validation runs on the blocking executor
 * (micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking), so the lookup does not
 * hold up the event loop.
 */
@Singleton
class SessionClaimValidator<T> implements GenericJwtClaimsValidator<T> {

    private final EditorSessions sessions;

    SessionClaimValidator(EditorSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.get(EditorSessions.CLAIM) instanceof String id && sessions.live(id);
    }
}
