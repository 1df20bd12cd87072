package docket.editor;

import docket.web.CrossSite;
import docket.web.EagerThymeleafRenderer;
import docket.web.Problem;
import docket.web.Signatures;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * Cross-site request forgery protection for everything an editor's login cookie can reach (OWASP's
 * signed double-submit token: the HMAC of that cookie). Desk forms carry the token in a hidden field,
 * scripts in the {@value #HEADER} header. A request signed in with HTTP Basic or an API token carries no cookie that
 * another site could ride on and needs no token. A cross-site request ({@link CrossSite}) is refused
 * whatever it carries.
 *
 * <p>micronaut-security-csrf does the same, but on this platform it answers 500 to a form that
 * carries its token (micronaut-security issue 1984), so the check lives here.
 */
@ServerFilter({"/editor", "/editor/**", "/logout", "/api/editor/**"})
class CsrfGuard {

    /** The hidden form field and template variable, and the header. */
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";

    private final Signatures signatures;
    private final FilterBodyParser forms;
    private final String loginCookie;

    CsrfGuard(Signatures signatures, FilterBodyParser forms,
              @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String loginCookie) {
        this.signatures = signatures;
        this.forms = forms;
        this.loginCookie = loginCookie;
    }

    /**
     * Synchronous on a blocking thread: a filter that answers "go on" asynchronously trips a Micronaut
     * bug ("newFilterContext is null"), the same one that breaks micronaut-security-csrf.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        Optional<String> session = request.getCookies().findCookie(loginCookie).map(Cookie::getValue);
        String expected = session.map(value -> "csrf:" + value).orElse(null);
        if (expected != null) {
            request.setAttribute(EagerThymeleafRenderer.VARIABLE_PREFIX + FIELD, signatures.sign(expected));
        }
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return null;
        }
        if (CrossSite.from(request)) {
            throw CrossSite.refused(request);
        }
        if (expected == null || signatures.verify(expected, token(request))) {
            return null;
        }
        throw Problem.forbidden("Refused: the form's security token is missing or out of date. Reload the page and send it again.");
    }

    /** The header a script sends, or the hidden field of a form (a multipart upload sends the header). */
    @Nullable
    private String token(HttpRequest<?> request) {
        String header = request.getHeaders().get(HEADER);
        if (header != null || !request.getContentType().map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::equals).orElse(false)) {
            return header;
        }
        return forms.parseBody(request).join().get(FIELD) instanceof String field ? field : null;
    }
}
