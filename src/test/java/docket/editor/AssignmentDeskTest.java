package docket.editor;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static docket.Browser.pageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AssignmentDeskTest {

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
    AssignmentRepository assignments;

    @Inject
    AuditRepository audit;

    @Inject
    docket.catalog.CatalogQueries catalog;

    @Inject
    DataSource dataSource;

    @Test
    void anEditorCreatesAnAssignmentForTwoMembersAndReviewersGetExactlyTheirPages() throws Exception {
        String editor = fixtures.editor();
        Fixtures.Member first = fixtures.memberWithPages(2);
        Fixtures.Member second = fixtures.memberWithPages(3);
        String slug = "two-members-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/editor/assignments", Map.of(
                "slug", slug, "title", "Two members", "description", "Their claims.", "threshold", 1, "state", "open",
                "scope", Map.of("members", List.of(first.slug(), second.slug())))).basicAuth(editor, PASSWORD), Map.class);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        Assignment assignment = assignments.findBySlug(slug).orElseThrow();
        fixtures.assertNoDrift(assignment);
        Browser reviewer = new Browser(http);
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            long page = pageId(reviewer.post("/api/assignments/" + slug + "/next", Map.of()));
            served.add(page);
            reviewer.post("/api/pages/" + page + "/reviews", Map.of("skip", true));
        }
        Set<Long> expected = new HashSet<>(first.pages());
        expected.addAll(second.pages());
        assertEquals(expected, served);
        assertEquals(List.of("assignment.create"),
                audit.findByTargetTypeAndTargetIdOrderById("assignment", slug).stream().map(AuditEntry::action).toList());
    }

    @Test
    void changingScopeThresholdAndFeaturingKeepsRedisInStepAndOneMain() throws Exception {
        String editor = fixtures.editor();
        Fixtures.Member member = fixtures.memberWithPages(2);
        Fixtures.Member other = fixtures.memberWithPages(4);
        String slug = "changing-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/editor/assignments", Map.of("slug", slug, "title", "Changing",
                "threshold", 2, "state", "open", "featured", "main", "scope", Map.of("members", List.of(member.slug()))))
                .basicAuth(editor, PASSWORD), Map.class);
        String rival = "rival-" + UUID.randomUUID().toString().substring(0, 8);

        http.toBlocking().exchange(HttpRequest.PATCH("/api/editor/assignments/" + slug, Map.of("threshold", 1,
                "scope", Map.of("members", List.of(other.slug())))).basicAuth(editor, PASSWORD), Map.class);
        http.toBlocking().exchange(HttpRequest.POST("/api/editor/assignments", Map.of("slug", rival, "title", "Rival",
                "state", "open", "featured", "main", "scope", Map.of())).basicAuth(editor, PASSWORD), Map.class);

        Assignment changed = assignments.findBySlug(slug).orElseThrow();
        assertEquals(1, changed.threshold());
        assertEquals(Featuring.ALTERNATIVE, changed.featured(), "one main: the earlier main steps aside");
        fixtures.assertNoDrift(changed);
        List<Map> open = http.toBlocking().retrieve(HttpRequest.GET("/api/assignments"), Argument.listOf(Map.class));
        assertEquals(4, open.stream().filter(a -> slug.equals(a.get("slug"))).findFirst().orElseThrow().get("total"));
        assertEquals(List.of("assignment.create", "assignment.update"),
                audit.findByTargetTypeAndTargetIdOrderById("assignment", slug).stream().map(AuditEntry::action).toList());
    }

    @Test
    void onTheDeskAnEditorAddsADraftAndThenOpensIt() throws Exception {
        String editor = fixtures.editor();
        Fixtures.Member first = fixtures.memberWithPages(1);
        Fixtures.Member second = fixtures.memberWithPages(2);
        String slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = new Browser(http);
        browser.signIn(editor, PASSWORD);

        Browser.Page desk = browser.submit("/editor/assignments", "slug=" + slug + "&title=From+the+desk&threshold=2"
                + "&state=draft&members=" + first.slug() + "%2C+" + second.slug());
        assertTrue(desk.html().contains(slug) && desk.html().contains(first.slug()) && desk.html().contains(second.slug()), desk.html());
        browser.submit("/editor/assignments/" + slug, "title=From+the+desk&threshold=2&state=open&featured=alternative"
                + "&featurePosition=1&members=" + first.slug() + "%2C" + second.slug() + "&parties=&documents=");

        Assignment opened = assignments.findBySlug(slug).orElseThrow();
        assertEquals(AssignmentState.OPEN, opened.state());
        fixtures.assertNoDrift(opened);
        assertTrue(http.toBlocking().retrieve("/").contains("From the desk"), "an open alternative is on the home page");
    }

    @Test
    void anUnknownMemberInTheScopeIsRefusedAndChangesNothing() {
        String editor = fixtures.editor();
        String slug = "unknown-" + UUID.randomUUID().toString().substring(0, 8);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/editor/assignments", Map.of("slug", slug, "title", "Unknown",
                        "scope", Map.of("members", List.of("nobody-at-all")))).basicAuth(editor, PASSWORD), Map.class));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertTrue(assignments.findBySlug(slug).isEmpty());
    }

    @Test
    void anUnknownStateOrFeaturingIsRefusedInPlainWordsAndChangesNothing() throws Exception {
        String editor = fixtures.editor();
        String slug = "unknown-state-" + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = new Browser(http);
        browser.signIn(editor, PASSWORD);

        HttpResponse<String> state = Browser.answer(http, HttpRequest.POST("/api/editor/assignments", Map.of(
                "slug", slug, "title", "Unknown state", "state", "published")).basicAuth(editor, PASSWORD));
        HttpResponse<String> featuring = Browser.answer(http, HttpRequest.POST("/api/editor/assignments", Map.of(
                "slug", slug, "title", "Unknown featuring", "featured", "MAIN")).basicAuth(editor, PASSWORD));
        Browser.Page form = browser.submit("/editor/assignments", "slug=" + slug + "&title=Unknown&state=Open");

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, state.getStatus(), state.body());
        assertTrue(state.body().contains("\"detail\":\"The state is draft, open or closed.\""), state.body());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, featuring.getStatus(), featuring.body());
        assertTrue(featuring.body().contains("\"detail\":\"Featuring is none, main or alternative.\""), featuring.body());
        assertEquals(422, form.status());
        assertTrue(form.html().contains("The state is draft, open or closed."), form.html());
        assertTrue(assignments.findBySlug(slug).isEmpty());
    }

    @Test
    void stateAndFeaturingAreTheLowerCaseWordsInTheApiAndTheDatabase() throws Exception {
        String editor = fixtures.editor();
        String slug = "words-" + UUID.randomUUID().toString().substring(0, 8);

        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/editor/assignments", Map.of("slug", slug,
                "title", "Words", "state", "open", "featured", "alternative")).basicAuth(editor, PASSWORD), Map.class);
        List<Map> open = http.toBlocking().retrieve(HttpRequest.GET("/api/assignments"), Argument.listOf(Map.class));

        Map<?, ?> assignment = (Map<?, ?>) created.get("assignment");
        assertEquals(List.of("open", "alternative"), List.of(assignment.get("state"), assignment.get("featured")));
        assertEquals("alternative", open.stream().filter(a -> slug.equals(a.get("slug"))).findFirst().orElseThrow().get("featured"));
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT state, featured FROM assignment WHERE slug = ?")) {
            select.setString(1, slug);
            ResultSet row = select.executeQuery();
            assertTrue(row.next());
            assertEquals(List.of("open", "alternative"), List.of(row.getString("state"), row.getString("featured")));
        }
    }

    @Test
    void theScopePickerFindsMembersByNameAndDocumentsByNumberAndTakesWildcardsLiterally() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        long document = catalog.documentsOfMember(member.slug()).get(0).id();
        String fragment = member.name().substring(member.name().length() - 12);

        List<Map> byName = scopeSearch(fragment);
        List<Map> byNumber = scopeSearch(String.valueOf(document));
        List<Map> wildcard = scopeSearch("%%");

        assertEquals(List.of(Map.of("kind", "member", "value", member.slug(), "label", member.name() + " (Fixture Party)")), byName);
        Map<?, ?> firstDocument = byNumber.stream().filter(m -> m.get("kind").equals("document")).findFirst().orElseThrow();
        assertEquals(String.valueOf(document), firstDocument.get("value"), "the document of that number comes first: " + byNumber);
        assertEquals(List.of(), wildcard, "a % is a character to look for, not a wildcard");
    }

    private List<Map> scopeSearch(String text) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/editor/scope-search?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                .basicAuth(fixtures.editor(), PASSWORD), Argument.listOf(Map.class));
    }
}
