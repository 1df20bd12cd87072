package docket.editor;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.tag.Tag;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class QueuesAndActivityTest {

    private static final String PASSWORD = Fixtures.EDITOR_PASSWORD;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void theCopiesAgreeWithTheTruthAfterEachScenario() throws InterruptedException {
        fixtures.assertNoDriftInWhatWasMade();
    }

    @Test
    void flaggedAndTwiceSkippedPagesQueueUpAndEveryReviewIsInTheStream() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Assignment assignment = fixtures.assignment(1, member);
        Tag tag = fixtures.tag();
        long flagged = member.pages().get(0);
        long unreadable = member.pages().get(1);
        for (int i = 0; i < 2; i++) {
            Browser reviewer = new Browser(http);
            reviewer.post("/api/pages/" + flagged + "/reviews", Map.of("assignment", assignment.slug(), "tags", List.of(tag.slug()), "interesting", true));
            reviewer.post("/api/pages/" + unreadable + "/reviews", Map.of("assignment", assignment.slug(), "skip", true));
        }
        String editor = fixtures.editor();

        Map<?, ?> queues = get("/api/editor/queues", editor);
        Map<?, ?> activity = get("/api/editor/activity?assignment=" + assignment.slug(), editor);
        Map<?, ?> byTag = get("/api/editor/activity?tag=" + tag.slug() + "&interesting=true&limit=1", editor);

        assertTrue(queued(queues, "investigate").contains(Map.entry(flagged, 2L)), queues.toString());
        assertTrue(queued(queues, "skipped").contains(Map.entry(unreadable, 2L)), queues.toString());
        assertEquals(4, ((List<?>) activity.get("items")).size());
        List<?> tagged = (List<?>) byTag.get("items");
        assertEquals(1, tagged.size());
        assertEquals(flagged, ((Number) ((Map<?, ?>) tagged.get(0)).get("pageId")).longValue());
        Map<?, ?> older = get("/api/editor/activity?tag=" + tag.slug() + "&interesting=true&limit=1&after=" + byTag.get("next"), editor);
        assertEquals(1, ((List<?>) older.get("items")).size());
        Browser browser = new Browser(http);
        browser.signIn(editor, PASSWORD);
        String screen = browser.open("/editor/queues").html();
        assertTrue(screen.contains("Page " + flagged + ": 2 flags") && screen.contains("Page " + unreadable + ": 2 skips"), screen);
        assertTrue(browser.open("/editor/activity?tag=" + tag.slug()).html().contains(tag.slug()));
    }

    private Map<?, ?> get(String uri, String editor) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).basicAuth(editor, PASSWORD), Map.class);
    }

    private static List<Map.Entry<Long, Long>> queued(Map<?, ?> queues, String queue) {
        return ((List<?>) queues.get(queue)).stream().map(q -> (Map<?, ?>) q)
                .map(q -> Map.entry(((Number) q.get("pageId")).longValue(), ((Number) q.get("count")).longValue())).toList();
    }
}
