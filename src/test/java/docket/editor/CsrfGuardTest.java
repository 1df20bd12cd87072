package docket.editor;

import docket.Browser;
import docket.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forged request that rides on a signed-in editor's cookie changes nothing. */
@MicronautTest(transactional = false)
class CsrfGuardTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    docket.tag.TagRepository tags;

    @Test
    void everyFormOnTheDeskCarriesTheToken() {
        Browser editor = new Browser(http);
        String desk = editor.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD).html();

        long forms = Pattern.compile("<form[^>]*method=\"post\"").matcher(desk).results().count();
        long tokens = Pattern.compile("name=\"csrf\" value=\"[A-Za-z0-9_-]{20,}\"").matcher(desk).results().count();

        assertTrue(forms > 5, desk);
        assertEquals(forms, tokens, "every form that changes something carries the token");
    }

    @Test
    void aDeskFormWithoutTheTokenOrWithAnotherEditorsTokenIsRefused() {
        String name = fixtures.editor();
        Browser editor = new Browser(http);
        editor.signIn(name, Fixtures.EDITOR_PASSWORD);
        Browser other = new Browser(http);
        other.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);
        String slug = "forged-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> withoutToken = send(form(editor, "slug=" + slug + "&name=Forged"));
        assertEquals(HttpStatus.FORBIDDEN, withoutToken.getStatus());
        assertTrue(withoutToken.body().contains("Reload the page"), "the refusal says what to do: " + withoutToken.body());
        assertEquals(HttpStatus.FORBIDDEN, status(form(editor, "slug=" + slug + "&name=Forged&csrf=" + other.formToken())));
        assertTrue(tags.findBySlug(slug).isEmpty(), "nothing was created");

        assertEquals(HttpStatus.SEE_OTHER, status(form(editor, "slug=" + slug + "&name=Real&csrf=" + editor.formToken())));
        assertTrue(tags.findBySlug(slug).isPresent());
    }

    @Test
    void aScriptSignedInWithTheCookieSendsTheTokenInAHeader() {
        Browser editor = new Browser(http);
        editor.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);
        String slug = "header-" + UUID.randomUUID().toString().substring(0, 8);
        MutableHttpRequest<?> withoutToken = withCookie(editor, HttpRequest.POST("/api/editor/tags", Map.of("slug", slug, "name", "X")));
        MutableHttpRequest<?> withToken = withCookie(editor, HttpRequest.POST("/api/editor/tags", Map.of("slug", slug, "name", "X")))
                .header(CsrfGuard.HEADER, editor.formToken());

        HttpStatus refused = status(withoutToken);
        HttpStatus created = status(withToken);

        assertEquals(HttpStatus.FORBIDDEN, refused);
        assertEquals(HttpStatus.CREATED, created);
    }

    private MutableHttpRequest<?> form(Browser browser, String body) {
        return withCookie(browser, HttpRequest.POST("/editor/tags", body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    private static MutableHttpRequest<?> withCookie(Browser browser, MutableHttpRequest<?> request) {
        return request.header("Cookie", "JWT=" + browser.cookie("JWT"));
    }

    private HttpStatus status(MutableHttpRequest<?> request) {
        return send(request).getStatus();
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
