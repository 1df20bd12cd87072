package docket.community;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class LeaderboardsTest {

    private static final Pattern LEADER = Pattern.compile("<strong>(anon-\\d+)</strong>\\s*<span class=\"counts\">(\\d+) pages?</span>");

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
    Leaderboards leaderboards;

    @Test
    void reviewersAreRankedByReviewsThatCountAndABannedReviewerLeavesEveryBoardUntilUnbanned() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(3);
        Assignment assignment = fixtures.assignment(1, member);
        Tag tag = fixtures.tag();
        Browser first = new Browser(http);
        review(first, member.pages().get(0), tag);
        String busiest = fixtures.newestAnonymousReviewer();
        review(first, member.pages().get(1), tag);
        Browser second = new Browser(http);
        review(second, member.pages().get(0), tag);
        String other = fixtures.newestAnonymousReviewer();
        second.post("/api/pages/" + member.pages().get(1) + "/reviews", Map.of("skip", true));
        String editor = fixtures.editor();

        Map<String, Integer> before = memberBoard(member);
        List<Leader> assignmentBefore = leaderboards.ofAssignment(assignment.id());
        ban(editor, busiest, "ban");
        Map<String, Integer> banned = memberBoard(member);
        List<Leader> assignmentBanned = leaderboards.ofAssignment(assignment.id());
        ban(editor, busiest, "unban");
        Map<String, Integer> unbanned = memberBoard(member);

        assertEquals(Map.of(busiest, 2, other, 1), before, "a skip does not count");
        assertEquals(List.of(new Leader(busiest, 2), new Leader(other, 1)), assignmentBefore);
        assertEquals(Map.of(other, 1), banned);
        assertEquals(List.of(new Leader(other, 1)), assignmentBanned);
        assertEquals(before, unbanned);
    }

    private void review(Browser reviewer, long page, Tag tag) {
        reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));
    }

    private void ban(String editor, String reviewer, String action) {
        http.toBlocking().exchange(HttpRequest.POST("/api/editor/reviewers/" + reviewer + "/" + action, Map.of())
                .basicAuth(editor, Fixtures.EDITOR_PASSWORD));
    }

    /** The member page's "top reviewers", as a reader sees them, in order. */
    private Map<String, Integer> memberBoard(Fixtures.Member member) {
        Matcher leaders = LEADER.matcher(http.toBlocking().retrieve("/members/" + member.slug()));
        Map<String, Integer> board = new LinkedHashMap<>();
        while (leaders.find()) {
            board.put(leaders.group(1), Integer.parseInt(leaders.group(2)));
        }
        return board;
    }
}
