package docket.editor;

import docket.Browser;
import docket.Fixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a script or an outsider gets for the credentials it sends: tokens on the editor API, nothing on public routes. */
@MicronautTest(transactional = false)
class ScriptCredentialsTest {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("docket_[A-Za-z0-9_-]{43}");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    ApiTokenRepository stored;

    @Test
    void basicCredentialsOnPublicRoutesAreNotRead() {
        String editor = fixtures.editor();

        for (int i = 0; i < 12; i++) {
            HttpResponse<String> tags = send(HttpRequest.GET("/api/tags").basicAuth(editor, "wrong password " + i));
            HttpResponse<String> home = send(HttpRequest.GET("/").basicAuth(editor, "wrong password " + i));
            assertEquals(200, tags.getStatus().getCode(), "the public answer, whatever the credentials");
            assertEquals(200, home.getStatus().getCode());
        }
        HttpResponse<String> health = send(HttpRequest.GET("/health").basicAuth(editor, Fixtures.EDITOR_PASSWORD));
        HttpResponse<String> me = send(HttpRequest.GET("/api/editor/me").basicAuth(editor, Fixtures.EDITOR_PASSWORD));

        assertFalse(health.body().contains("details"), "Basic is not read on /health either: " + health.body());
        assertEquals(200, me.getStatus().getCode(), "twelve wrong passwords on public routes were never checked, so they did not lock the account: "
                + me.body());
    }

    @Test
    void aTokenMadeInTheApiSignsInAScriptUntilItIsRevoked() {
        String editor = fixtures.editor();

        HttpResponse<Map> made = http.toBlocking().exchange(
                HttpRequest.POST("/api/editor/tokens", Map.of("name", "nightly export")).basicAuth(editor, Fixtures.EDITOR_PASSWORD), Map.class);
        String token = (String) made.body().get("token");
        long id = ((Number) made.body().get("id")).longValue();

        assertEquals(201, made.getStatus().getCode());
        assertEquals("nightly export", made.body().get("name"));
        assertTrue(SHOWN_TOKEN.matcher(token).matches(), "256 random bits, URL-safe, recognisable: " + token);
        assertEquals(sha256(token), stored.findById(id).orElseThrow().tokenHash(), "only the hash is kept");
        assertEquals(editor, http.toBlocking().retrieve(HttpRequest.GET("/api/editor/me").bearerAuth(token), Map.class).get("name"));

        List<Map> listed = http.toBlocking().retrieve(HttpRequest.GET("/api/editor/tokens").bearerAuth(token), Argument.listOf(Map.class));
        assertEquals(1, listed.size());
        assertEquals("nightly export", listed.get(0).get("name"));
        assertNotNull(listed.get(0).get("lastUsedAt"), "the last use is recorded: " + listed);
        assertFalse(listed.toString().contains(token), "the list never shows the token again");
        HttpResponse<String> minted = send(HttpRequest.POST("/api/editor/tokens", Map.of("name", "another")).bearerAuth(token));
        assertEquals(403, minted.getStatus().getCode(), "a leaked token cannot make itself a successor: " + minted.body());

        assertEquals(204, send(HttpRequest.DELETE("/api/editor/tokens/" + id).basicAuth(editor, Fixtures.EDITOR_PASSWORD)).getStatus().getCode());
        assertEquals(401, send(HttpRequest.GET("/api/editor/me").bearerAuth(token)).getStatus().getCode(), "refused at once");
    }

    @Test
    void anEditorCannotRevokeAnotherEditorsToken() {
        String owner = fixtures.editor();
        String other = fixtures.editor();
        Map<?, ?> made = http.toBlocking().retrieve(
                HttpRequest.POST("/api/editor/tokens", Map.of("name", "mine")).basicAuth(owner, Fixtures.EDITOR_PASSWORD), Map.class);

        HttpResponse<String> refused = send(HttpRequest.DELETE("/api/editor/tokens/" + made.get("id")).basicAuth(other, Fixtures.EDITOR_PASSWORD));

        assertEquals(404, refused.getStatus().getCode());
        assertTrue(refused.body().contains("\"detail\""), refused.body());
        assertEquals(200, send(HttpRequest.GET("/api/editor/me").bearerAuth((String) made.get("token"))).getStatus().getCode());
    }

    @Test
    void aTokenNameThatIsEmptyTooLongOrHoldsControlCharactersIsRefusedAndNothingIsMade() {
        String editor = fixtures.editor();

        for (String name : List.of("", "x".repeat(61), "nightly\u0000export", "line\nbreak")) {
            HttpResponse<String> refused = send(HttpRequest.POST("/api/editor/tokens", Map.of("name", name)).basicAuth(editor, Fixtures.EDITOR_PASSWORD));
            assertEquals(422, refused.getStatus().getCode(), name);
            assertTrue(refused.body().contains("up to 60 characters"), refused.body());
        }
        assertEquals("[]", send(HttpRequest.GET("/api/editor/tokens").basicAuth(editor, Fixtures.EDITOR_PASSWORD)).body());
    }

    @Test
    void anUnknownOrMadeUpTokenIsRefused() {
        assertEquals(401, send(HttpRequest.GET("/api/editor/me").bearerAuth("docket_" + "A".repeat(43))).getStatus().getCode());
        assertEquals(401, send(HttpRequest.GET("/api/editor/me").bearerAuth("not-a-token")).getStatus().getCode());
    }

    @Test
    void anEditorMakesATokenOnTheDeskSeesItOnceAndRevokesIt() {
        String editor = fixtures.editor();
        Browser browser = new Browser(http);
        browser.signIn(editor, Fixtures.EDITOR_PASSWORD);

        Browser.Page shown = browser.submit("/editor/tokens", "name=desk+script");
        Matcher token = SHOWN_TOKEN.matcher(shown.html());
        assertTrue(token.find(), shown.html());
        assertEquals(editor, http.toBlocking().retrieve(HttpRequest.GET("/api/editor/me").bearerAuth(token.group()), Map.class).get("name"));

        String desk = browser.open("/editor").html();
        assertTrue(desk.contains("desk script"), desk);
        assertFalse(desk.contains(token.group()), "the desk lists the token's name, never the token");
        Matcher revoke = Pattern.compile("action=\"(/editor/tokens/\\d+/revoke)\"").matcher(desk);
        assertTrue(revoke.find(), desk);
        assertEquals("/editor#access", browser.submit(revoke.group(1), "").uri());

        assertEquals(401, send(HttpRequest.GET("/api/editor/me").bearerAuth(token.group())).getStatus().getCode());
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
