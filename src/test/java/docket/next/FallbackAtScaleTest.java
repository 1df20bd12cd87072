package docket.next;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.annotation.Query;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static docket.Browser.pageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With Redis away the next button answers from {@code assignment_open}: a handful of index rows read per
 * click, as many at 100,000 pages as at 1,000 (counted by the server, not timed), and a reviewer clicking
 * through it gets pages that exist, in scope, never twice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FallbackAtScaleTest {

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
    BenchQueries bench;

    @Inject
    AssignmentRepository assignments;

    @Value("${redis.uri}")
    String redisUri;

    private final List<String> members = new ArrayList<>();
    private Assignment small;
    private Assignment large;

    @BeforeAll
    void twoAssignmentsAHundredTimesApart() {
        small = synthetic(1_000);
        large = synthetic(100_000);
    }

    @AfterAll
    void removeThem() {
        List.of(small, large).forEach(assignments::delete);
        members.forEach(bench::removeMember);
    }

    @Test
    void aFallbackClickReadsAsFewRowsAtAHundredThousandPagesAsAtAThousand() throws Exception {
        for (String query : List.of("openFrom", "unseenFrom")) {
            long atSmall = rowsRead(query, small);
            long atLarge = rowsRead(query, large);

            assertTrue(atLarge <= 3 * NextPageService.WINDOW, query + " read " + atLarge + " rows at 100,000 pages");
            assertTrue(atLarge <= atSmall + NextPageService.WINDOW,
                    query + " read " + atLarge + " rows at 100,000 pages and " + atSmall + " at 1,000");
        }
    }

    @Test
    void withRedisAwayAReviewerGetsPagesThatExistInScopeAndNeverTwice() throws Exception {
        Browser reviewer = new Browser(http);
        String next = "/api/assignments/" + large.slug() + "/next";
        Set<Long> served = new HashSet<>();
        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().clientPause(5000);
            for (int i = 0; i < 20; i++) {
                HttpResponse<Map> answer = reviewer.post(next, Map.of());
                assertEquals(HttpStatus.OK, answer.getStatus());
                long page = pageId(answer);
                assertTrue(served.add(page), "page " + page + " served twice");
                assertEquals(HttpStatus.CREATED, reviewer.post("/api/pages/" + page + "/reviews", Map.of("skip", true)).getStatus());
            }
        } finally {
            client.shutdown();
        }
        try (Connection c = fixtures.database(); Statement s = c.createStatement();
             ResultSet inScope = s.executeQuery("SELECT COUNT(*) FROM assignment_page WHERE assignment_id = " + large.id()
                     + " AND page_id IN (" + served.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
            inScope.next();
            assertEquals(served.size(), inScope.getInt(1), "every page served exists and is in the assignment");
        }
    }

    /** The rows MySQL reads for one fallback query, as its own counters tell, from a slot in the middle. */
    private long rowsRead(String query, Assignment assignment) throws Exception {
        String sql = sqlOf(query).replace(":assignmentId", String.valueOf(assignment.id())).replace(":reviewerId", "-1")
                .replace(":slot", String.valueOf(1L << 31)).replace(":window", String.valueOf(NextPageService.WINDOW))
                .replace(":limit", "16");
        try (Connection c = fixtures.database(); Statement s = c.createStatement()) {
            long before = handlerReads(s);
            try (ResultSet rows = s.executeQuery(sql)) {
                int found = 0;
                while (rows.next()) {
                    found++;
                }
                assertEquals(16, found, query + " found too few open pages");
            }
            return handlerReads(s) - before;
        }
    }

    private static long handlerReads(Statement s) throws Exception {
        long reads = 0;
        try (ResultSet status = s.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
            while (status.next()) {
                reads += status.getLong(2);
            }
        }
        return reads;
    }

    private static String sqlOf(String method) {
        for (var m : FallbackQueries.class.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                return m.getAnnotation(Query.class).value();
            }
        }
        throw new IllegalArgumentException(method);
    }

    /** An assignment over a member of {@code size} synthetic pages, made as the desk makes one. */
    private Assignment synthetic(int size) {
        String slug = "fallback-" + size + "-" + System.nanoTime();
        bench.addMember(slug);
        long member = bench.memberId(slug).orElseThrow();
        bench.addDocument(member, slug);
        bench.addPages(bench.documentId(member), slug, size);
        members.add(slug);
        return fixtures.assignment(1, new Fixtures.Member(slug, slug, member, List.of()));
    }
}
