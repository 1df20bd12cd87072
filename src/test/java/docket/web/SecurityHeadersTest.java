package docket.web;

import docket.Browser;
import docket.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer, whatever made it, tells the browser to run scripts from Docket only, never to show
 * Docket inside another site's frame, not to guess content types, and not to pass addresses on.
 */
@MicronautTest(transactional = false)
class SecurityHeadersTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void pagesJsonAssetsErrorsAndRedirectsCarryTheHeaders() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);
        List<MutableHttpRequest<?>> requests = List.of(
                HttpRequest.GET("/"),
                HttpRequest.GET("/pages/" + page),
                HttpRequest.GET("/api/tags"),
                HttpRequest.GET("/assets/docket.css"),
                HttpRequest.GET("/assets/desk.js"),
                HttpRequest.GET("/pages/999999999"),
                HttpRequest.GET("/api/pages/999999999"),
                HttpRequest.GET("/no/such/route"),
                HttpRequest.GET("/editor"),
                HttpRequest.GET("/api/editor/audit"),
                HttpRequest.POST("/login", "username=nobody&password=wrong").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        for (MutableHttpRequest<?> request : requests) {
            HttpResponse<?> response = send(request.header("Host", "docket.example.org"));
            String what = request.getMethod() + " " + request.getPath() + " answered " + response.getStatus();
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.header("Content-Security-Policy"), what);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
            assertEquals("same-origin", response.header("Referrer-Policy"), what);
            assertEquals("DENY", response.header("X-Frame-Options"), what);
        }
    }

    @Test
    void thePolicyForbidsInlineScriptAndFraming() {
        String policy = SecurityHeaders.CONTENT_SECURITY_POLICY;
        assertTrue(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    }

    @Test
    void withoutTlsConfiguredCookiesAreNotMarkedSecure() {
        Browser browser = new Browser(http);
        browser.post("/api/pages/999999999/reviews", Map.of("tags", List.of("x")));
        browser.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);

        assertFalse(browser.cookiesSet().isEmpty());
        assertTrue(browser.cookiesSet().stream().noneMatch(set -> set.contains("Secure")), browser.cookiesSet().toString());
    }

    private HttpResponse<?> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
