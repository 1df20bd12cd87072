package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The sign-in form: a good name and password open a server-side session, whose id the login cookie
 * carries. (HTTP Basic on the editor API is read by {@link EditorBasicAuth}, which opens none.)
 */
@Singleton
class EditorAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final SignIn signIn;
    private final EditorSessions sessions;

    EditorAuthentication(SignIn signIn, EditorSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        SignIn.Checked checked = signIn.check(login.getIdentity(), login.getSecret());
        return switch (checked.outcome()) {
            case ACCEPTED -> AuthenticationResponse.success(checked.account().name(), checked.roles(),
                    Map.of(EditorSessions.CLAIM, sessions.open(checked.account())));
            case LOCKED -> AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
            case WRONG -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
