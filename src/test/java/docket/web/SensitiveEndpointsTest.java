package docket.web;

import docket.Browser;
import docket.Fixtures;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Should a sensitive management endpoint be switched on one day, it is for editors, never public. */
@MicronautTest(transactional = false)
@Property(name = "endpoints.routes.enabled", value = "true")
class SensitiveEndpointsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void anEnabledSensitiveEndpointIsForEditorsOnly() {
        Browser editor = new Browser(http);
        editor.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);

        HttpResponse<String> anonymous = send(HttpRequest.GET("/routes").header(HttpHeaders.HOST, "docket.example.org"));
        HttpResponse<String> signedIn = send(HttpRequest.GET("/routes").header(HttpHeaders.COOKIE, "JWT=" + editor.cookie("JWT")));

        assertEquals(401, anonymous.getStatus().getCode(), "the public catch-all rule does not open it");
        assertEquals(200, signedIn.getStatus().getCode(), "an editor gets it, not a server error");
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
