package docket.next;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.assignment.ScopeQueries;
import docket.denorm.Denormalizer;
import docket.denorm.Drift;
import docket.tag.Tag;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
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

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static docket.Browser.pageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class NextButtonUnderLoadTest {

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
    ScopeQueries scope;

    @Value("${redis.uri}")
    String redisUri;

    @Test
    void manyReviewersInParallelNeverGetAPageTwiceAndFinishTheAssignment() throws Exception {
        int reviewers = 8;
        int threshold = 3;
        Fixtures.Member member = fixtures.memberWithPages(30);
        Assignment assignment = fixtures.assignment(threshold, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        AtomicInteger refused = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        List<Future<List<Long>>> served = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            served.add(pool.submit(() -> {
                Browser browser = new Browser(http);
                List<Long> pages = new ArrayList<>();
                while (true) {
                    HttpResponse<Map> response = browser.post("/api/assignments/" + assignment.slug() + "/next", Map.of());
                    if (response.getStatus() == HttpStatus.NO_CONTENT) {
                        // With Retry-After, the last pages are being reviewed by as many as they need: ask again.
                        if (response.getHeaders().get(HttpHeaders.RETRY_AFTER) != null) {
                            Thread.sleep(20);
                            continue;
                        }
                        return pages;
                    }
                    long page = pageId(response);
                    pages.add(page);
                    if (browser.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug()))).getStatus() != HttpStatus.CREATED) {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        pool.shutdown();

        for (Future<List<Long>> f : served) {
            List<Long> pages = f.get();
            assertEquals(pages.size(), new HashSet<>(pages).size(), "a reviewer was handed a page twice: " + pages);
        }
        assertEquals(0, refused.get());
        for (long page : member.pages()) {
            int reviews = scope.countingReviews(page);
            assertTrue(reviews >= threshold, "page " + page + " has only " + reviews + " reviews");
            assertTrue(reviews <= threshold, "page " + page + " has " + reviews + " reviews, beyond its threshold");
        }
        assertEquals(30, next.progress(assignment).done());
        fixtures.assertNoDrift(assignment);
    }

    @Test
    void reviewersAskingAtTheSameMomentGetDifferentPages() throws Exception {
        int reviewers = 8;
        Assignment assignment = fixtures.assignment(1, fixtures.memberWithPages(reviewers * 2));
        denormalizer.rebuild(assignment);
        Set<Long> pages = new HashSet<>(askAllAtOnce(assignment, reviewers));

        assertEquals(reviewers, pages.size(), "two reviewers were handed the same page: " + pages);
    }

    @Test
    void pagesDeletedBehindRedisBackAreNeverServedVerifyReportsThemAndRebuildClearsThem() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(10);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        List<Long> deleted = member.pages().subList(0, 4);
        try (Connection c = fixtures.database(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM page WHERE id IN (" + deleted.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }

        assertEquals(new Drift(0, 4), denormalizer.verify(List.of(assignment)).get("pages"));
        long staleBefore = next.staleRemoved();
        Browser reviewer = new Browser(http);
        Set<Long> served = new HashSet<>();
        while (true) {
            HttpResponse<Map> response = reviewer.post("/api/assignments/" + assignment.slug() + "/next", Map.of());
            if (response.getStatus() == HttpStatus.NO_CONTENT) {
                break;
            }
            long page = pageId(response);
            served.add(page);
            assertEquals(HttpStatus.CREATED, reviewer.post("/api/pages/" + page + "/reviews", Map.of("skip", true)).getStatus());
        }

        assertEquals(Set.copyOf(member.pages().subList(4, 10)), served);
        assertTrue(next.staleRemoved() - staleBefore >= 1, "stale ids are counted");
        denormalizer.rebuild(assignment);
        fixtures.assertNoDrift(assignment);
    }

    @Test
    void whileRedisIsAwayTheButtonAnswersFromMysqlAndOneRebuildFollows() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(6);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        Browser reviewer = new Browser(http);
        String nextUri = "/api/assignments/" + assignment.slug() + "/next";
        Set<Long> served = new HashSet<>();

        long rebuildsBefore = denormalizer.backgroundRebuilds(assignment.id());
        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().clientPause(3000);
            for (int i = 0; i < 3; i++) {
                long page = pageId(reviewer.post(nextUri, Map.of()));
                assertTrue(served.add(page));
                assertEquals(HttpStatus.CREATED, reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug()))).getStatus());
            }
            Thread.sleep(3500);
        } finally {
            client.shutdown();
        }
        for (int i = 0; i < 3; i++) {
            long page = pageId(reviewer.post(nextUri, Map.of()));
            assertTrue(served.add(page), "page " + page + " served again after Redis came back");
            assertEquals(HttpStatus.CREATED, reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug()))).getStatus());
        }

        assertEquals(Set.copyOf(member.pages()), served);
        assertEquals(HttpStatus.NO_CONTENT, reviewer.post(nextUri, Map.of()).getStatus());
        assertEquals(1, denormalizer.backgroundRebuilds(assignment.id()) - rebuildsBefore, "one rebuild, not one per request");
        fixtures.awaitNoDrift(List.of(assignment));
    }

    @Test
    void afterRedisIsFlushedMysqlAnswersAndOneRebuildRestoresTheSets() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(12);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().flushall();
        } finally {
            client.shutdown();
        }
        long rebuildsBefore = denormalizer.backgroundRebuilds(assignment.id());

        for (long page : askAllAtOnce(assignment, 6)) {
            assertTrue(member.pages().contains(page));
        }

        assertEquals(1, denormalizer.backgroundRebuilds(assignment.id()) - rebuildsBefore, "one rebuild, not one per request");
        fixtures.awaitNoDrift(List.of(assignment));
    }

    @Test
    void pagesImportedIntoAnAssignmentsScopeJoinItsSetsAtOnce() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);

        Fixtures.Member grown = fixtures.morePages(member, 3);

        fixtures.assertNoDrift(assignment);
        assertEquals(5, next.progress(assignment).total());
        Browser reviewer = new Browser(http);
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            long page = pageId(reviewer.post("/api/assignments/" + assignment.slug() + "/next", Map.of()));
            served.add(page);
            reviewer.post("/api/pages/" + page + "/reviews", Map.of("skip", true));
        }
        assertEquals(Set.copyOf(grown.pages()), served);
    }

    /** The pages handed to new reviewers who all click "next" at the same moment. */
    private List<Long> askAllAtOnce(Assignment assignment, int reviewers) throws Exception {
        CyclicBarrier together = new CyclicBarrier(reviewers);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        List<Future<Long>> handed = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            handed.add(pool.submit(() -> {
                Browser browser = new Browser(http);
                together.await();
                return pageId(browser.post("/api/assignments/" + assignment.slug() + "/next", Map.of()));
            }));
        }
        pool.shutdown();
        List<Long> pages = new ArrayList<>();
        for (Future<Long> page : handed) {
            pages.add(page.get());
        }
        return pages;
    }
}
