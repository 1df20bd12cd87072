package docket.web;

import docket.editor.Editors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest(transactional = false)
class HealthTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Editors editors;

    @Test
    @SuppressWarnings("unchecked")
    void healthCoversTheDatabaseAndRedisAndShowsDetailsOnlyToEditors() {
        editors.save("health-editor", "a long editor password");
        Map<String, Object> token = http.toBlocking().retrieve(HttpRequest.POST("/api/editor/tokens", Map.of("name", "monitoring"))
                .basicAuth("health-editor", "a long editor password"), Map.class);
        Map<String, Object> anonymous = http.toBlocking().retrieve("/health", Map.class);
        Map<String, Object> health = http.toBlocking().retrieve(
                HttpRequest.GET("/health").bearerAuth((String) token.get("token")), Map.class);

        assertEquals("UP", anonymous.get("status"));
        assertFalse(anonymous.containsKey("details"), "no database details for anonymous callers: " + anonymous);
        assertEquals("UP", health.get("status"));
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        assertEquals("UP", ((Map<String, Object>) details.get("jdbc")).get("status"));
        assertEquals("UP", ((Map<String, Object>) details.get("redis")).get("status"));
    }
}
