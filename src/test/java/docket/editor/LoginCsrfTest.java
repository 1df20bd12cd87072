package docket.editor;

import docket.Browser;
import docket.Fixtures;
import io.micronaut.http.HttpHeaders;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another site cannot sign a visitor's browser in to an account of its choosing (login CSRF). */
@MicronautTest(transactional = false)
class LoginCsrfTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void theSignInFormWorksAndASignInWithoutItsTokenIsRefused() {
        String name = fixtures.editor();
        String credentials = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Fixtures.EDITOR_PASSWORD, StandardCharsets.UTF_8);

        HttpResponse<String> bare = send(HttpRequest.POST("/login", credentials).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        Browser other = new Browser(http);
        other.open("/login");
        // The attacker's own token and cookie are of no use in the victim's browser, which lacks that cookie.
        HttpResponse<String> foreignToken = send(HttpRequest.POST("/login", credentials + "&csrf=" + other.formToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        for (HttpResponse<String> refused : new HttpResponse[]{bare, foreignToken}) {
            assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
            assertTrue(refused.body().contains("Reload the sign-in page"), refused.body());
            assertTrue(refused.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream().noneMatch(c -> c.startsWith("JWT=")), "not signed in");
        }

        Browser editor = new Browser(http);
        assertEquals("/editor", editor.signIn(name, Fixtures.EDITOR_PASSWORD).uri());
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedEvenWithTheFormsToken() {
        String name = fixtures.editor();
        Browser victim = new Browser(http);
        victim.open("/login");

        HttpResponse<String> forged = send(HttpRequest.POST("/login", "username=" + name + "&password="
                        + URLEncoder.encode(Fixtures.EDITOR_PASSWORD, StandardCharsets.UTF_8) + "&csrf=" + victim.formToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header(HttpHeaders.COOKIE, LoginCsrfGuard.COOKIE + "=" + victim.cookie(LoginCsrfGuard.COOKIE))
                .header(HttpHeaders.HOST, "docket.example.org")
                .header(HttpHeaders.ORIGIN, "https://evil.example"));

        assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
        assertTrue(forged.body().contains("another site"), forged.body());
        assertTrue(forged.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream().noneMatch(c -> c.startsWith("JWT=")), "not signed in");
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        HttpResponse<String> response = Browser.answer(http, request);
        assertNotNull(response);
        return response;
    }
}
