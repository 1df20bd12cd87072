package docket.editor;

import docket.Browser;
import docket.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuditTest {

    private static final String PASSWORD = Fixtures.EDITOR_PASSWORD;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void editorsReadWhoDidWhatNewestFirstPageByPage() {
        String editor = fixtures.editor();
        String first = "first-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "second-" + UUID.randomUUID().toString().substring(0, 8);
        for (String slug : List.of(first, second)) {
            http.toBlocking().exchange(HttpRequest.POST("/api/editor/tags", Map.of("slug", slug, "name", slug))
                    .basicAuth(editor, PASSWORD), Map.class);
        }

        Map<?, ?> newest = get("/api/editor/audit?limit=1", editor);
        Map<?, ?> line = (Map<?, ?>) ((List<?>) newest.get("items")).get(0);
        Map<?, ?> older = get("/api/editor/audit?limit=1&after=" + newest.get("next"), editor);
        Map<?, ?> olderLine = (Map<?, ?>) ((List<?>) older.get("items")).get(0);

        assertEquals(List.of(editor, "tag.create", second), List.of(line.get("actor"), line.get("action"), line.get("targetId")));
        assertEquals(first, olderLine.get("targetId"));
        Browser browser = new Browser(http);
        browser.signIn(editor, PASSWORD);
        String screen = browser.open("/editor/audit").html();
        assertTrue(screen.contains(second) && screen.contains(editor), screen);
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/editor/audit"), Map.class));
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
    }

    private Map<?, ?> get(String uri, String editor) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).basicAuth(editor, PASSWORD), Map.class);
    }
}
