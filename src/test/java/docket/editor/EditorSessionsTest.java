package docket.editor;

import docket.Browser;
import docket.Fixtures;
import docket.tag.TagRepository;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copied login cookie is worth nothing once its session has ended: signed out, banned, or a new password. */
@MicronautTest(transactional = false)
class EditorSessionsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    Editors editors;

    @Inject
    TagRepository tags;

    @Test
    void aSignedOutCookieIsRefusedAtOnce() {
        Browser browser = new Browser(http);
        browser.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);
        String copied = browser.cookie("JWT");
        assertEquals(200, send(withCookie(copied, HttpRequest.GET("/api/editor/me"))).getStatus().getCode());
        assertEquals(200, send(HttpRequest.GET("/api/editor/me").bearerAuth(copied)).getStatus().getCode());

        browser.submit("/logout", "");

        assertRefused(copied);
    }

    @Test
    void aBannedEditorsCookieAndTokensAreRefusedAtOnceForReadsAndWrites() {
        String banned = fixtures.editor();
        Browser browser = new Browser(http);
        browser.signIn(banned, Fixtures.EDITOR_PASSWORD);
        String cookie = browser.cookie("JWT");
        String formToken = browser.formToken();
        String token = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/editor/tokens", Map.of("name", "script"))
                .basicAuth(banned, Fixtures.EDITOR_PASSWORD), Map.class).get("token");

        http.toBlocking().exchange(HttpRequest.POST("/api/editor/reviewers/" + banned + "/ban", "")
                .basicAuth(fixtures.editor(), Fixtures.EDITOR_PASSWORD));

        assertRefused(cookie);
        String slug = "after-ban-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> cookieWrite = send(withCookie(cookie, HttpRequest.POST("/api/editor/tags", Map.of("slug", slug, "name", "X")))
                .header(CsrfGuard.HEADER, formToken));
        HttpResponse<String> tokenWrite = send(HttpRequest.POST("/api/editor/tags", Map.of("slug", slug, "name", "X")).bearerAuth(token));
        HttpResponse<String> tokenRead = send(HttpRequest.GET("/api/editor/me").bearerAuth(token));

        assertEquals(401, cookieWrite.getStatus().getCode(), cookieWrite.body());
        assertEquals(401, tokenWrite.getStatus().getCode(), tokenWrite.body());
        assertEquals(401, tokenRead.getStatus().getCode());
        assertTrue(tags.findBySlug(slug).isEmpty(), "nothing was written");
    }

    @Test
    void afterAPasswordChangeTheOldCookieIsRefused() {
        String editor = fixtures.editor();
        Browser browser = new Browser(http);
        browser.signIn(editor, Fixtures.EDITOR_PASSWORD);
        String old = browser.cookie("JWT");

        editors.save(editor, "a brand new editor password");

        assertRefused(old);
        assertEquals("/editor", new Browser(http).signIn(editor, "a brand new editor password").uri());
    }

    private void assertRefused(String cookie) {
        HttpResponse<String> desk = send(withCookie(cookie, HttpRequest.GET("/editor").accept(MediaType.TEXT_HTML)));
        assertEquals(303, desk.getStatus().getCode(), "the desk sends the browser to sign in");
        assertEquals("/login", desk.getHeaders().get(HttpHeaders.LOCATION));
        assertEquals(401, send(withCookie(cookie, HttpRequest.GET("/api/editor/me"))).getStatus().getCode());
        assertEquals(401, send(HttpRequest.GET("/api/editor/me").bearerAuth(cookie)).getStatus().getCode(),
                "the cookie's JWT copied into a Bearer header gets no further");
    }

    private static MutableHttpRequest<?> withCookie(String cookie, MutableHttpRequest<?> request) {
        return request.header(HttpHeaders.COOKIE, "JWT=" + cookie);
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
