package docket.editor;

import docket.Fixtures;
import docket.Browser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class TagDeskTest {

    private static final String PASSWORD = Fixtures.EDITOR_PASSWORD;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    AuditRepository audit;

    @Test
    void anEditorAddsAndRetiresATagOnTheDeskAndBothAreAudited() {
        String editor = fixtures.editor();
        String slug = "luxury-" + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = signedIn(editor);

        Browser.Page desk = browser.submit("/editor/tags",
                "slug=" + slug + "&name=Luxury+item&description=Champagne%2C+moats");
        assertEquals("/editor#tags".replace("#tags", ""), desk.uri().replace("#tags", ""), desk.status() + " " + desk.html());
        assertTrue(desk.html().contains(slug) && desk.html().contains("Champagne, moats"), desk.html());
        assertTrue(offered().contains(slug));

        browser.submit("/editor/tags/" + slug, "name=Luxury+item&description=&position=7");

        assertFalse(offered().contains(slug), "a retired tag is no longer offered");
        List<String> actions = audit.findByTargetTypeAndTargetIdOrderById("tag", slug).stream().map(AuditEntry::action).toList();
        assertEquals(List.of("tag.create", "tag.retire"), actions);
        AuditEntry retire = audit.findByTargetTypeAndTargetIdOrderById("tag", slug).get(1);
        assertTrue(retire.beforeJson().contains("\"active\":true") && retire.afterJson().contains("\"active\":false"), retire.toString());
        assertTrue(retire.actorId() != null);
    }

    @Test
    void aDeskFormSentFromAnotherSiteIsRefused() {
        String slug = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = fixtures.editor();

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/editor/tags", "slug=" + slug + "&name=Forged")
                        .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .header("Origin", "https://attacker.example").basicAuth(editor, PASSWORD), String.class));

        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
        assertFalse(offered().contains(slug));
    }

    @Test
    void theEditorApiCreatesAndChangesTagsForEditorsOnly() {
        String editor = fixtures.editor();
        String slug = "api-" + UUID.randomUUID().toString().substring(0, 8);
        var blocking = http.toBlocking();

        HttpResponse<Map> created = blocking.exchange(HttpRequest.POST("/api/editor/tags",
                Map.of("slug", slug, "name", "Second home")).basicAuth(editor, PASSWORD), Map.class);
        HttpClientResponseException duplicate = assertThrows(HttpClientResponseException.class, () -> blocking.exchange(
                HttpRequest.POST("/api/editor/tags", Map.of("slug", slug, "name", "Again")).basicAuth(editor, PASSWORD), Map.class));
        Map<?, ?> renamed = blocking.retrieve(HttpRequest.PATCH("/api/editor/tags/" + slug,
                Map.of("name", "Second homes")).basicAuth(editor, PASSWORD), Map.class);
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class, () -> blocking.exchange(
                HttpRequest.POST("/api/editor/tags", Map.of("slug", slug + "-x", "name", "X")), Map.class));

        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals(HttpStatus.CONFLICT, duplicate.getStatus());
        assertEquals("Second homes", renamed.get("name"));
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
        assertTrue(blocking.retrieve("/api/tags").contains("Second homes"));
    }

    private Browser signedIn(String editor) {
        Browser browser = new Browser(http);
        Browser.Page desk = browser.signIn(editor, PASSWORD);
        assertEquals("/editor", desk.uri(), desk.html());
        return browser;
    }

    private List<String> offered() {
        List<Map> tags = http.toBlocking().retrieve(HttpRequest.GET("/api/tags"), io.micronaut.core.type.Argument.listOf(Map.class));
        return tags.stream().map(t -> (String) t.get("slug")).toList();
    }
}
