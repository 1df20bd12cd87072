package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/** The sign-in form. (HTTP Basic on the editor API is read by {@link EditorBasicAuth}.) */
@Singleton
class EditorAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final SignIn signIn;

    EditorAuthentication(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        SignIn.Checked checked = signIn.check(login.getIdentity(), login.getSecret());
        return switch (checked.outcome()) {
            case ACCEPTED -> AuthenticationResponse.success(checked.account().name(), checked.roles());
            case WRONG -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
