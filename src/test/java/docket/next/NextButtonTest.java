package docket.next;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.tag.Tag;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class NextButtonTest {

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
    void aReviewerGetsEveryPageOnceAndThenNothing() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(5);
        Assignment assignment = fixtures.assignment(1, member);
        Tag tag = fixtures.tag();
        Browser reviewer = new Browser(http);

        Set<Long> served = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<Map> next = reviewer.post("/api/assignments/" + assignment.slug() + "/next", Map.of());
            assertEquals(HttpStatus.OK, next.getStatus());
            long page = pageId(next);
            assertTrue(served.add(page), "page " + page + " served twice");
            assertEquals(i - 1, ((Map<?, ?>) next.body().get("progress")).get("done"));
            assertEquals(5, ((Map<?, ?>) next.body().get("progress")).get("total"));
            HttpResponse<Map> review = reviewer.post("/api/pages/" + page + "/reviews",
                    Map.of("assignment", assignment.slug(), "tags", List.of(tag.slug())));
            assertEquals(HttpStatus.CREATED, review.getStatus());
        }

        assertEquals(Set.copyOf(member.pages()), served);
        assertEquals(HttpStatus.NO_CONTENT, reviewer.post("/api/assignments/" + assignment.slug() + "/next", Map.of()).getStatus());
    }

    @Test
    void aSecondReviewOfTheSamePageIsRefusedAndCountsNothing() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        Tag tag = fixtures.tag();
        long page = member.pages().get(0);
        Browser reviewer = new Browser(http);

        assertEquals(HttpStatus.CREATED, reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug()))).getStatus());
        HttpResponse<Map> again = reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));

        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertTrue(String.valueOf(again.getBody(Map.class).orElseThrow().get("detail")).contains("already reviewed"));
        Map<?, ?> tallies = reviewer.get("/api/pages/" + page).body();
        assertEquals(1, tallies.get("reviews"));
        assertEquals(Map.of(tag.slug(), 1), tallies.get("tallies"));
    }

    @Test
    void unknownTagsEmptyReviewsAndMissingPagesAreRefused() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);
        Browser reviewer = new Browser(http);

        HttpResponse<Map> unknown = reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of("no-such-tag")));
        HttpResponse<Map> retired = reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(fixtures.retiredTag().slug())));
        HttpResponse<Map> empty = reviewer.post("/api/pages/" + page + "/reviews", Map.of());
        HttpResponse<Map> missing = reviewer.post("/api/pages/987654321/reviews", Map.of("skip", true));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknown.getStatus());
        assertTrue(String.valueOf(unknown.getBody(Map.class).orElseThrow().get("detail")).contains("no-such-tag"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, retired.getStatus());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, empty.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
        assertEquals(0, reviewer.get("/api/pages/" + page).body().get("reviews"));
    }

    @Test
    void skipsDoNotCountTowardsTheThresholdButAreNotOfferedAgain() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        Assignment assignment = fixtures.assignment(1, member);
        Browser skipper = new Browser(http);
        Browser other = new Browser(http);
        String next = "/api/assignments/" + assignment.slug() + "/next";

        long page = pageId(skipper.post(next, Map.of()));
        assertEquals(HttpStatus.CREATED, skipper.post("/api/pages/" + page + "/reviews", Map.of("skip", true)).getStatus());

        assertEquals(HttpStatus.NO_CONTENT, skipper.post(next, Map.of()).getStatus());
        HttpResponse<Map> forOther = other.post(next, Map.of());
        assertEquals(page, pageId(forOther));
        assertEquals(0, ((Map<?, ?>) forOther.body().get("progress")).get("done"));
    }
}
