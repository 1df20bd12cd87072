package docket.editor;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.catalog.CatalogQueries;
import docket.catalog.DocumentSummary;
import docket.denorm.Denormalizer;
import docket.next.NextPageService;
import docket.review.ReviewerRepository;
import docket.tag.Tag;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static docket.Browser.pageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ModerationTest {

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

    @Inject
    Denormalizer denormalizer;

    @Inject
    NextPageService next;

    @Inject
    ReviewerRepository reviewers;

    @Inject
    CatalogQueries catalog;

    @Inject
    AuditRepository audit;

    @Test
    void aBannedReviewersReviewsStopCountingAndComeBackOnUnban() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        long page = member.pages().get(0);
        Assignment assignment = fixtures.assignment(2, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        new Browser(http).post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));
        String banned = fixtures.newestAnonymousReviewer();
        new Browser(http).post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));
        assertEquals(1, next.progress(assignment).done());
        String editor = fixtures.editor();

        post("/api/editor/reviewers/" + banned + "/ban", editor);

        assertEquals(1, tallies(page).get("reviews"));
        assertEquals(0, next.progress(assignment).done(), "the page is open again for the assignment");
        fixtures.assertNoDrift(assignment);

        post("/api/editor/reviewers/" + banned + "/unban", editor);

        assertEquals(2, tallies(page).get("reviews"));
        assertEquals(1, next.progress(assignment).done());
        fixtures.assertNoDrift(assignment);
        assertEquals(List.of("reviewer.ban", "reviewer.unban"), audit.findByTargetTypeAndTargetIdOrderById("reviewer", banned)
                .stream().map(AuditEntry::action).toList());
    }

    @Test
    void aDeletedDuplicateDocumentLeavesMysqlAndRedisTogether() throws Exception {
        Fixtures.Member member = fixtures.morePages(fixtures.memberWithPages(2), 3);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        List<DocumentSummary> documents = catalog.documentsOfMember(member.slug());
        DocumentSummary duplicate = documents.get(0);
        Set<Long> remaining = new HashSet<>(member.pages());
        catalog.pagesOfDocument(duplicate.id()).forEach(p -> remaining.remove(p.id()));
        String editor = fixtures.editor();

        http.toBlocking().exchange(HttpRequest.DELETE("/api/editor/documents/" + duplicate.id()).basicAuth(editor, PASSWORD));

        fixtures.assertNoDrift(assignment);
        assertEquals(remaining.size(), next.progress(assignment).total());
        Browser reviewer = new Browser(http);
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < remaining.size(); i++) {
            long page = pageId(reviewer.post("/api/assignments/" + assignment.slug() + "/next", Map.of()));
            served.add(page);
            reviewer.post("/api/pages/" + page + "/reviews", Map.of("skip", true));
        }
        assertEquals(remaining, served);
        HttpClientResponseException gone = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/documents/" + duplicate.id()));
        assertEquals(HttpStatus.NOT_FOUND, gone.getStatus());
        assertEquals(1, audit.findByTargetTypeAndTargetIdOrderById("document", String.valueOf(duplicate.id())).size());
    }

    @Test
    void anEditorDeletesAPageFromTheDesk() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        long page = member.pages().get(0);
        Browser desk = new Browser(http);
        desk.signIn(fixtures.editor(), PASSWORD);

        Browser.Page after = desk.submit("/editor/moderation", "action=delete-page&page=" + page);

        assertEquals("/editor", after.uri().replace("#moderation", ""));
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/pages/" + page)).getStatus());
        fixtures.assertNoDrift(assignment);
    }

    @Test
    void aDeskActionWithoutItsPageDocumentOrReviewerIsRefused() {
        Browser desk = new Browser(http);
        desk.signIn(fixtures.editor(), PASSWORD);

        Browser.Page page = desk.submit("/editor/moderation", "action=delete-page");
        Browser.Page document = desk.submit("/editor/moderation", "action=delete-document");
        Browser.Page ban = desk.submit("/editor/moderation", "action=ban&reviewer=+");

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY.getCode(), page.status(), page.html());
        assertTrue(page.html().contains("Give the number of the page to delete"), page.html());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY.getCode(), document.status(), document.html());
        assertTrue(document.html().contains("Give the number of the document to delete"), document.html());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY.getCode(), ban.status(), ban.html());
        assertTrue(ban.html().contains("Give the name of the reviewer"), ban.html());
    }

    private void post(String uri, String editor) {
        http.toBlocking().exchange(HttpRequest.POST(uri, "").basicAuth(editor, PASSWORD), Map.class);
    }

    private Map<?, ?> tallies(long page) {
        return http.toBlocking().retrieve("/api/pages/" + page, Map.class);
    }
}
