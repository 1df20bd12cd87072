package docket.editor;

import docket.web.CrossSite;
import docket.web.EagerThymeleafRenderer;
import docket.web.Problem;
import docket.web.Signatures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Login CSRF: another site must not sign a visitor's browser in to an account of its choosing. The
 * sign-in form carries a token bound to a pre-session cookie that only the form's page sets; a
 * sign-in without both, or sent from another site, is refused before any password is checked.
 */
@ServerFilter("/login")
class LoginCsrfGuard implements Ordered {

    static final String COOKIE = "docket_login";
    private static final String FRESH = LoginCsrfGuard.class.getName() + ".fresh";

    private final Signatures signatures;
    private final FilterBodyParser forms;
    private final SecureRandom random = new SecureRandom();

    LoginCsrfGuard(Signatures signatures, FilterBodyParser forms) {
        this.signatures = signatures;
        this.forms = forms;
    }

    /** Synchronous on a blocking thread, for the reason {@link CsrfGuard} gives. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        Optional<String> presession = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        if (request.getMethod() != HttpMethod.POST) {
            String value = presession.orElseGet(() -> {
                byte[] fresh = new byte[16];
                random.nextBytes(fresh);
                String made = Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
                request.setAttribute(FRESH, made);
                return made;
            });
            request.setAttribute(EagerThymeleafRenderer.VARIABLE_PREFIX + CsrfGuard.FIELD, signatures.sign("login:" + value));
            return null;
        }
        if (CrossSite.from(request)) {
            throw CrossSite.refused(request);
        }
        Object token = forms.parseBody(request).join().get(CsrfGuard.FIELD);
        if (presession.isEmpty() || !(token instanceof String field) || !signatures.verify("login:" + presession.get(), field)) {
            throw Problem.forbidden("Refused: the sign-in form is out of date or was not sent from Docket's own page. "
                    + "Reload the sign-in page and try again.");
        }
        return null;
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(FRESH, String.class).ifPresent(value ->
                response.cookie(Cookie.of(COOKIE, value).path("/login").httpOnly(true).sameSite(SameSite.Strict)));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() - 1;
    }
}
