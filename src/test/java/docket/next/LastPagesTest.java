package docket.next;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.assignment.ScopeQueries;
import docket.denorm.Denormalizer;
import docket.denorm.RedisKeys;
import docket.tag.Tag;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static docket.Browser.pageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end of an assignment: a page that needs k more reviews is held by at most k reviewers, and
 * the others are told the last pages are being reviewed rather than handed a page already taken.
 */
// Reviewers told to come back ask again and again; the abuse limits would stop them first.
@Property(name = "docket.limits.enabled", value = "false")
@MicronautTest(transactional = false)
class LastPagesTest {

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
    ScopeQueries scope;

    @Value("${redis.uri}")
    String redisUri;

    @Test
    void twentyReviewersOnTheLastPagesNeverReviewOneBeyondItsThresholdAndTheRestAreToldToComeBack() throws Exception {
        int reviewers = 20;
        int threshold = 3;
        Fixtures.Member member = fixtures.memberWithPages(4);
        Assignment assignment = fixtures.assignment(threshold, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        AtomicInteger toldToComeBack = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        List<Future<Integer>> reviewed = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            reviewed.add(pool.submit(() -> {
                Browser browser = new Browser(http);
                int mine = 0;
                for (int click = 0; click < 400; click++) {
                    HttpResponse<Map> response = browser.post("/api/assignments/" + assignment.slug() + "/next", Map.of());
                    if (response.getStatus() == HttpStatus.NO_CONTENT) {
                        if (response.getHeaders().get(HttpHeaders.RETRY_AFTER) == null) {
                            return mine;
                        }
                        toldToComeBack.incrementAndGet();
                        Thread.sleep(20);
                        continue;
                    }
                    long page = pageId(response);
                    // A reviewer takes a moment over the page, long enough for the others to ask meanwhile.
                    Thread.sleep(30);
                    if (browser.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug()))).getStatus() != HttpStatus.CREATED) {
                        refused.incrementAndGet();
                    }
                    mine++;
                }
                throw new AssertionError("a reviewer was still told to come back after 400 clicks");
            }));
        }
        pool.shutdown();

        int total = 0;
        for (Future<Integer> f : reviewed) {
            total += f.get();
        }
        assertEquals(0, refused.get());
        for (long page : member.pages()) {
            assertEquals(threshold, scope.countingReviews(page), "page " + page + " ends with exactly its threshold of reviews");
        }
        assertEquals(4 * threshold, total, "no review beyond the thresholds");
        assertTrue(toldToComeBack.get() > 0, "twenty reviewers on four pages: some were told the last pages are being reviewed");
        fixtures.assertNoDrift(assignment);
    }

    @Test
    void aReviewerFindingEveryPageHeldIsToldToComeBackAndTheNextClickFindsOneFreed() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        String nextUri = "/api/assignments/" + assignment.slug() + "/next";
        Browser first = new Browser(http);
        Browser second = new Browser(http);
        Browser third = new Browser(http);
        long firstPage = pageId(first.post(nextUri, Map.of()));
        long secondPage = pageId(second.post(nextUri, Map.of()));
        assertFalse(firstPage == secondPage);

        HttpResponse<Map> held = third.post(nextUri, Map.of());
        assertEquals(HttpStatus.NO_CONTENT, held.getStatus());
        assertEquals("5", held.getHeaders().get(HttpHeaders.RETRY_AFTER));
        Browser.Page screen = third.open("/assignments/" + assignment.slug() + "/review");
        assertTrue(screen.html().contains("The last pages are being reviewed right now"), screen.html());
        assertFalse(screen.html().contains("Done — thank you!"), screen.html());

        // A skip frees the page without counting: the next click finds it.
        assertEquals(HttpStatus.CREATED, first.post("/api/pages/" + firstPage + "/reviews", Map.of("skip", true)).getStatus());
        assertEquals(firstPage, pageId(third.post(nextUri, Map.of())));
        assertEquals(HttpStatus.CREATED, third.post("/api/pages/" + firstPage + "/reviews", Map.of("tags", List.of(fixtures.tag().slug()))).getStatus());
        assertEquals(HttpStatus.CREATED, second.post("/api/pages/" + secondPage + "/reviews", Map.of("tags", List.of(fixtures.tag().slug()))).getStatus());

        HttpResponse<Map> done = third.post(nextUri, Map.of());
        assertEquals(HttpStatus.NO_CONTENT, done.getStatus());
        assertNull(done.getHeaders().get(HttpHeaders.RETRY_AFTER), "nothing left is not \"come back\"");
        assertTrue(third.open("/review").html().contains("Done — thank you!"));
    }

    @Test
    void pagesInHandWhenRedisLosesTheAssignmentsKeysAreNotHandedToAnotherReviewer() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Assignment assignment = fixtures.assignment(1, member);
        String nextUri = "/api/assignments/" + assignment.slug() + "/next";
        Browser first = new Browser(http);
        Browser second = new Browser(http);
        Browser third = new Browser(http);
        long firstPage = pageId(first.post(nextUri, Map.of()));
        long secondPage = pageId(second.post(nextUri, Map.of()));

        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            // What a flush or a restart does to this assignment: its sets and its leases are gone.
            List<String> keys = admin.sync().keys(RedisKeys.allOf(assignment.id()));
            admin.sync().del(keys.toArray(String[]::new));

            HttpResponse<Map> whileRebuilding = third.post(nextUri, Map.of());
            assertEquals(HttpStatus.NO_CONTENT, whileRebuilding.getStatus(), "both pages are in hand");
            for (int i = 0; i < 100 && admin.sync().exists(RedisKeys.built(assignment.id())) == 0; i++) {
                Thread.sleep(100);
            }
            assertEquals(1, admin.sync().exists(RedisKeys.built(assignment.id())), "the sets were rebuilt");
            HttpResponse<Map> rebuilt = third.post(nextUri, Map.of());
            assertEquals(HttpStatus.NO_CONTENT, rebuilt.getStatus(), "both pages are still in hand");
            assertEquals("5", rebuilt.getHeaders().get(HttpHeaders.RETRY_AFTER));
        } finally {
            client.shutdown();
        }
        String tag = fixtures.tag().slug();
        assertEquals(HttpStatus.CREATED, first.post("/api/pages/" + firstPage + "/reviews", Map.of("tags", List.of(tag))).getStatus());
        assertEquals(HttpStatus.CREATED, second.post("/api/pages/" + secondPage + "/reviews", Map.of("tags", List.of(tag))).getStatus());
        assertNull(third.post(nextUri, Map.of()).getHeaders().get(HttpHeaders.RETRY_AFTER), "nothing left");
        for (long page : member.pages()) {
            assertEquals(1, scope.countingReviews(page));
        }
    }

    @Test
    void whileRedisIsAwayTheMysqlFallbackHoldsAPageNoMoreOftenThanItNeeds() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        Assignment assignment = fixtures.assignment(2, member);
        denormalizer.rebuild(assignment);
        String nextUri = "/api/assignments/" + assignment.slug() + "/next";
        long page = member.pages().get(0);
        Browser first = new Browser(http);
        Browser second = new Browser(http);
        Browser third = new Browser(http);

        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().clientPause(2500);
            assertEquals(page, pageId(first.post(nextUri, Map.of())));
            assertEquals(page, pageId(second.post(nextUri, Map.of())), "a page needing two reviews is shared by two");
            HttpResponse<Map> held = third.post(nextUri, Map.of());
            assertEquals(HttpStatus.NO_CONTENT, held.getStatus());
            assertEquals("5", held.getHeaders().get(HttpHeaders.RETRY_AFTER));
            Thread.sleep(3000);
        } finally {
            client.shutdown();
        }
    }
}
