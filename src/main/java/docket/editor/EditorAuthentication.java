package docket.editor;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;

/** Checks an editor's name and password, for the login form and for HTTP Basic alike. */
@Singleton
class EditorAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String ROLE = "editor";

    private final ReviewerRepository reviewers;

    EditorAuthentication(ReviewerRepository reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        return reviewers.findByName(login.getIdentity())
                .filter(r -> r.bannedAt() == null && Passwords.matches(login.getSecret(), r.passwordHash()))
                .map(r -> AuthenticationResponse.success(r.name(), roles(r)))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    private static List<String> roles(Reviewer reviewer) {
        return ROLE.equals(reviewer.role()) ? List.of(ROLE) : List.of();
    }
}
