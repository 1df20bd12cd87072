package docket.review;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.tag.Tag;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ReviewScreenTest {

    private static final Pattern FORM = Pattern.compile("action=\"/review/(\\d+)\"");

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
    void aReviewerTagsEveryPageOfAnAssignmentAndLandsOnTheDoneScreen() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(3);
        Assignment assignment = fixtures.assignment(1, member);
        Assignment other = fixtures.assignment(2, fixtures.memberWithPages(1));
        Tag tag = fixtures.tag();
        Tag second = fixtures.tag();
        Browser browser = new Browser(http);

        Browser.Page page = browser.open("/assignments/" + assignment.slug() + "/review");
        Set<Long> seen = new HashSet<>();
        for (int done = 0; done < 3; done++) {
            assertEquals("/review", page.uri());
            assertTrue(page.html().contains(done + " of 3 pages done"), page.html());
            assertTrue(page.html().contains(tag.name()) && page.html().contains("Investigate this"), page.html());
            assertFalse(page.html().contains("reviewers said"), "no tallies on the review screen");
            long id = pageOnScreen(page);
            assertTrue(seen.add(id), "page " + id + " shown twice");
            page = browser.submit("/review/" + id, "tags=" + tag.slug() + (done == 0 ? "&tags=" + second.slug() + "&interesting=yes" : ""));
            if (done == 0) {
                Map<?, ?> recorded = browser.get("/api/pages/" + id).body();
                assertEquals(Map.of(tag.slug(), 1, second.slug(), 1), recorded.get("tallies"));
                assertEquals(1, recorded.get("interesting"));
            }
        }

        assertEquals(Set.copyOf(member.pages()), seen);
        assertTrue(page.html().contains("Done — thank you!"), page.html());
        assertTrue(page.html().contains(other.title()), "other assignments are suggested: " + page.html());
    }

    @Test
    void anEmptyFormShowsTheSamePageAgainWithAMessage() throws Exception {
        Assignment assignment = fixtures.assignment(1, fixtures.memberWithPages(2));
        Browser browser = new Browser(http);
        long id = pageOnScreen(browser.open("/assignments/" + assignment.slug() + "/review"));

        Browser.Page again = browser.submit("/review/" + id, "");

        assertEquals(id, pageOnScreen(again));
        assertTrue(again.html().contains("Tick at least one tag"), again.html());
    }

    @Test
    void aSkippedPageIsNotShownAgainAndAPageDeletedMeanwhileGivesTheNextPage() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(3);
        Assignment assignment = fixtures.assignment(1, member);
        Browser browser = new Browser(http);
        long first = pageOnScreen(browser.open("/assignments/" + assignment.slug() + "/review"));

        Browser.Page afterSkip = browser.submit("/review/" + first, "skip=yes");
        long second = pageOnScreen(afterSkip);
        Browser.Page afterGone = browser.submit("/review/987654321", "skip=yes");

        assertTrue(second != first);
        assertTrue(afterGone.html().contains("That page was removed while you were looking at it"), afterGone.html());
        assertTrue(pageOnScreen(afterGone) != first);
    }

    private static long pageOnScreen(Browser.Page page) {
        Matcher m = FORM.matcher(page.html());
        assertTrue(m.find(), "no review form on " + page.uri() + ": " + page.html());
        return Long.parseLong(m.group(1));
    }
}
