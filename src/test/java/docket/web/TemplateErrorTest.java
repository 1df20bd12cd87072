package docket.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.View;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class TemplateErrorTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aTemplateThatFailsAnswersWithAServerErrorInsteadOfHanging() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/test-only/broken-page", String.class));

        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, e.getStatus());
        String page = e.getResponse().getBody(String.class).orElse("");
        assertTrue(page.contains("Something went wrong on our side") && page.contains("class=\"brand\""), page);
        assertFalse(page.contains("Exception") || page.contains("OGNL") || page.contains("documentTitle"), page);
    }

    /** Renders the page template without the page it needs, as a bug in a controller would. */
    @Requires(env = "test")
    @Controller("/test-only")
    static class BrokenController {

        @Introspected
        record Nothing(String unused) {
        }

        @View("catalog/page")
        @Get("/broken-page")
        Nothing broken() {
            return new Nothing("no page here");
        }
    }
}
