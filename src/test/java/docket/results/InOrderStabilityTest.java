package docket.results;

import docket.Browser;
import docket.Fixtures;
import docket.tag.Tag;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A journalist walks an in-order list while reviewers keep tagging pages, reaches the end, waits,
 * and continues after more reviews arrive: every page appears exactly once, in the list's order.
 */
@MicronautTest(transactional = false)
class InOrderStabilityTest {

    private static final int REVIEWERS = 4;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    /** Where the journalist is: the pages seen so far and the cursor to continue from. */
    private final List<Long> seen = new ArrayList<>();
    private String next;

    @Test
    void aReaderWalkingTheListWhileReviewsPourInSeesEveryPageExactlyOnce() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(40);
        Tag tag = fixtures.tag();
        String list = "/api/members/" + member.slug() + "/tags/" + tag.slug() + "/pages?order=in-order&limit=7";
        List<Long> early = member.pages().subList(0, 30);
        List<Long> late = member.pages().subList(30, 40);
        List<Browser> reviewers = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            reviewers.add(new Browser(http));
        }
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        try {
            // Every reviewer tags every early page, each in their own random order, while the reader walks.
            List<Future<?>> tagging = tagAll(pool, reviewers, early, tag);
            while (!tagging.stream().allMatch(Future::isDone)) {
                walk(list);
            }
            for (Future<?> f : tagging) {
                f.get();
            }
            walkToTheEnd(list);

            tagging = tagAll(pool, reviewers, late, tag);
            while (!tagging.stream().allMatch(Future::isDone)) {
                walk(list);
            }
            for (Future<?> f : tagging) {
                f.get();
            }
            walkToTheEnd(list);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no page twice: " + seen);
        assertEquals(new HashSet<>(member.pages()), new HashSet<>(seen), "every tagged page");
        Map<?, ?> whole = http.toBlocking().retrieve("/api/members/" + member.slug() + "/tags/" + tag.slug()
                + "/pages?order=in-order&limit=500", Map.class);
        assertEquals(TagListsTest.ids(whole), seen, "in the list's own order");
    }

    private static List<Future<?>> tagAll(ExecutorService pool, List<Browser> reviewers, List<Long> pages, Tag tag) {
        List<Future<?>> tagging = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            Browser reviewer = reviewers.get(i);
            List<Long> order = new ArrayList<>(pages);
            Collections.shuffle(order, new Random(i));
            tagging.add(pool.submit(() -> {
                for (long page : order) {
                    reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));
                }
                return null;
            }));
        }
        return tagging;
    }

    /** One page of the list from where the reader is. */
    private void walk(String list) throws InterruptedException {
        Map<?, ?> json = http.toBlocking().retrieve(list + (next == null ? "" : "&after=" + next), Map.class);
        List<Long> items = TagListsTest.ids(json);
        seen.addAll(items);
        next = (String) json.get("next");
        if (items.isEmpty()) {
            Thread.sleep(50);
        }
    }

    /** After the last review, the list settles (a second in tests) and the reader pages to its end. */
    private void walkToTheEnd(String list) throws InterruptedException {
        Thread.sleep(1100);
        int before;
        do {
            before = seen.size();
            walk(list);
        } while (seen.size() > before);
    }
}
