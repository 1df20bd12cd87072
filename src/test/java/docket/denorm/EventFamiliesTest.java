package docket.denorm;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.catalog.CatalogQueries;
import docket.community.Leaderboards;
import docket.events.AssignmentChanged;
import docket.events.PagesDeleted;
import docket.events.PagesImported;
import docket.events.ReviewRecorded;
import docket.events.ReviewerBanned;
import docket.tag.Tag;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dictionary says what each event writes ({@link KeyFamily#events}); here each event happens the way
 * a user or an editor makes it happen, and exactly the families it declares change — the copies of the
 * other families are left as they were — and {@code verify} is clean afterwards.
 */
@MicronautTest(transactional = false)
class EventFamiliesTest {

    private static final String PASSWORD = Fixtures.EDITOR_PASSWORD;

    /** The families that copy MySQL's truth; the ephemeral ones (leases, limits, watermarks) change with time. */
    private enum Copy { PAGES, DONE, OPEN, SEEN, BUILT, FALLBACK, TAGGED, LEADERS }

    private static final Map<Copy, KeyFamily> FAMILY = Map.of(Copy.PAGES, KeyFamily.PAGES, Copy.DONE, KeyFamily.DONE,
            Copy.OPEN, KeyFamily.OPEN, Copy.SEEN, KeyFamily.SEEN, Copy.BUILT, KeyFamily.BUILT, Copy.FALLBACK, KeyFamily.FALLBACK,
            Copy.TAGGED, KeyFamily.TAGGED, Copy.LEADERS, family("leaders"));

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
    TaggedPages taggedPages;

    @Inject
    Leaderboards leaderboards;

    @Inject
    CatalogQueries catalog;

    @Inject
    StatefulRedisConnection<String, String> connection;

    @Test
    void eachEventChangesTheFamiliesThatDeclareItAndNoOther() throws Exception {
        Fixtures.Member member = fixtures.morePages(fixtures.memberWithPages(2), 2);
        Assignment assignment = fixtures.assignment(1, member);
        Tag tag = fixtures.tag();
        long first = member.pages().get(0);
        long kept = catalog.documentsOfMember(member.slug()).get(0).id();
        long doomed = catalog.documentsOfMember(member.slug()).get(1).id();
        List<Long> doomedPages = catalog.pagesOfDocument(doomed).stream().map(p -> p.id()).toList();
        assertTrue(doomedPages.size() == 2 && kept != doomed);

        Browser reviewer = new Browser(http);
        changes(ReviewRecorded.class, assignment, () -> assertEquals(HttpStatus.CREATED,
                reviewer.post("/api/pages/" + first + "/reviews", Map.of("tags", List.of(tag.slug()))).getStatus()));

        String banned = fixtures.newestAnonymousReviewer();
        changes(ReviewerBanned.class, assignment, () -> editor(HttpRequest.POST("/api/editor/reviewers/" + banned + "/ban", "")));

        changes(PagesImported.class, assignment, () -> fixtures.morePages(member, 2));

        Fixtures.Member other = fixtures.memberWithPages(2);
        new Browser(http).post("/api/pages/" + other.pages().get(0) + "/reviews", Map.of("tags", List.of(tag.slug())));
        changes(AssignmentChanged.class, assignment, () -> editor(HttpRequest.PATCH("/api/editor/assignments/" + assignment.slug(),
                Map.of("scope", Map.of("members", List.of(member.slug(), other.slug()))))));

        new Browser(http).post("/api/pages/" + doomedPages.get(0) + "/reviews", Map.of("tags", List.of(tag.slug())));
        changes(PagesDeleted.class, assignment, () -> editor(HttpRequest.DELETE("/api/editor/documents/" + doomed)));
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Runs the action and checks that the copies of exactly the families the event writes have changed. */
    private void changes(Class<?> event, Assignment assignment, Action action) throws Exception {
        leaderboards.ofAssignment(assignment.id());
        Map<Copy, String> before = snapshot(assignment);
        action.run();
        Map<Copy, String> after = snapshot(assignment);

        Set<Copy> changed = new TreeSet<>();
        before.forEach((copy, value) -> {
            if (!value.equals(after.get(copy))) {
                changed.add(copy);
            }
        });
        Set<Copy> declared = new TreeSet<>();
        FAMILY.forEach((copy, family) -> {
            if (KeyFamily.writtenBy(event).contains(family)) {
                declared.add(copy);
            }
        });
        assertEquals(declared, changed, event.getSimpleName() + " changed other families than it declares");
        fixtures.assertNoDrift(assignment);
        assertTrue(taggedPages.verify().clean(), "tagged_page drifted after " + event.getSimpleName());
    }

    private Map<Copy, String> snapshot(Assignment assignment) throws Exception {
        RedisCommands<String, String> redis = connection.sync();
        long a = assignment.id();
        Map<Copy, String> copies = new EnumMap<>(Copy.class);
        copies.put(Copy.PAGES, sorted(redis.smembers(RedisKeys.pages(a))));
        copies.put(Copy.DONE, sorted(redis.smembers(RedisKeys.done(a))));
        copies.put(Copy.OPEN, sorted(redis.smembers(RedisKeys.open(a))));
        copies.put(Copy.SEEN, keys(redis, RedisKeys.seenPattern(a)).stream()
                .map(key -> key + "=" + sorted(redis.smembers(key))).collect(Collectors.joining(" ")));
        copies.put(Copy.BUILT, String.valueOf(redis.get(RedisKeys.built(a))));
        copies.put(Copy.LEADERS, String.join(" ", keys(redis, RedisKeys.ALL_LEADERS)));
        copies.put(Copy.FALLBACK, rows("SELECT page_id, slot FROM assignment_open WHERE assignment_id = " + a + " ORDER BY page_id"));
        copies.put(Copy.TAGGED, rows("SELECT tag_id, page_id, reviews, first_tagged_at FROM tagged_page ORDER BY tag_id, page_id"));
        return copies;
    }

    private void editor(MutableHttpRequest<?> request) {
        String editor = fixtures.editor();
        assertTrue(http.toBlocking().exchange(request.basicAuth(editor, PASSWORD)).getStatus().getCode() < 300);
    }

    private String rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = fixtures.database(); PreparedStatement statement = c.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append(',');
                }
                rows.add(row.toString());
            }
        }
        return String.join(" ", rows);
    }

    private static List<String> keys(RedisCommands<String, String> redis, String pattern) {
        Set<String> keys = new TreeSet<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(pattern).limit(1000));
            keys.addAll(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return List.copyOf(keys);
    }

    private static String sorted(Set<String> members) {
        return members.stream().map(Long::parseLong).sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static KeyFamily family(String name) {
        return KeyFamily.ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
