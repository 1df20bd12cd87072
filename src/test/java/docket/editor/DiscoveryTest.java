package docket.editor;

import docket.Browser;
import docket.Fixtures;
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
class DiscoveryTest {

    private static final String PASSWORD = Fixtures.EDITOR_PASSWORD;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    AuditRepository audit;

    @Test
    void aPromotedPageIsCreditedToItsFirstFlaggerAndShownUntilUnpublished() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        long page = member.pages().get(0);
        Browser first = new Browser(http);
        Browser second = new Browser(http);
        first.post("/api/pages/" + page + "/reviews", Map.of("interesting", true));
        String flagger = fixtures.newestAnonymousReviewer();
        second.post("/api/pages/" + page + "/reviews", Map.of("interesting", true));
        String editor = fixtures.editor();
        String headline = "A moat on expenses " + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/editor/discoveries",
                Map.of("page", page, "headline", headline, "note", "Claimed twice.")).basicAuth(editor, PASSWORD), Map.class);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        String home = http.toBlocking().retrieve("/");
        assertTrue(home.contains(headline) && home.contains("found by " + flagger), home);
        assertTrue(http.toBlocking().retrieve("/members/" + member.slug()).contains(headline));
        assertTrue(http.toBlocking().retrieve("/parties/fixture-party").contains(headline));
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/editor/discoveries", Map.of("page", page, "headline", "Again")).basicAuth(editor, PASSWORD), Map.class));
        assertEquals(HttpStatus.CONFLICT, again.getStatus());

        long id = ((Number) created.body().get("id")).longValue();
        http.toBlocking().exchange(HttpRequest.PATCH("/api/editor/discoveries/" + id, Map.of("published", false))
                .basicAuth(editor, PASSWORD), Map.class);

        assertFalse(http.toBlocking().retrieve("/").contains(headline), "an unpublished discovery is not shown");
        assertEquals(List.of("discovery.create", "discovery.unpublish"), audit.findByTargetTypeAndTargetIdOrderById(
                "discovery", String.valueOf(id)).stream().map(AuditEntry::action).toList());
    }

    @Test
    void anEditorPromotesFromTheDeskAndMayCreditSomeoneElse() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);
        Browser reviewer = new Browser(http);
        reviewer.post("/api/pages/" + page + "/reviews", Map.of("skip", true));
        String credited = fixtures.newestAnonymousReviewer();
        String editor = fixtures.editor();
        String headline = "Desk find " + UUID.randomUUID().toString().substring(0, 6);
        Browser desk = new Browser(http);
        desk.signIn(editor, PASSWORD);

        Browser.Page after = desk.submit("/editor/discoveries", "page=" + page + "&headline=" + headline.replace(' ', '+')
                + "&note=&credit=" + credited);

        assertTrue(after.html().contains(headline), after.html());
        assertTrue(http.toBlocking().retrieve("/").contains("found by " + credited));
    }
}
