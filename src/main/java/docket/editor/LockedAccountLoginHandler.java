package docket.editor;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;

/** The sign-in form's answer, as the library gives it, except that a locked account is told it is locked. */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
class LockedAccountLoginHandler extends TokenCookieLoginHandler {

    LockedAccountLoginHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                              AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                              RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                              AccessTokenConfiguration accessTokenConfiguration,
                              AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                              @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                              List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (failure instanceof AuthenticationFailed failed && failed.getReason() == AuthenticationFailureReason.ACCOUNT_LOCKED) {
            return HttpResponse.seeOther(URI.create("/login?locked=true"));
        }
        return super.loginFailed(failure, request);
    }
}
