package docket.denorm;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.tag.Tag;
import io.micronaut.http.HttpRequest;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reviews keep coming while an editor changes the assignment they belong to, which recounts its copy of
 * the open pages in MySQL: the two write the same rows, and MySQL may end one of them as a deadlock.
 * Every reviewer still gets 201, and the copies agree with the truth afterwards.
 */
@MicronautTest(transactional = false)
class ConcurrentWritersTest {

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
    void reviewsWrittenWhileAnEditorChangesTheirAssignmentAllCount() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(40);
        Assignment assignment = fixtures.assignment(2, member);
        Tag tag = fixtures.tag();
        String editor = fixtures.editor();
        ExecutorService reviewers = Executors.newFixedThreadPool(4);
        List<Future<List<HttpStatus>>> answers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            answers.add(reviewers.submit(() -> {
                Browser reviewer = new Browser(http);
                List<HttpStatus> statuses = new ArrayList<>();
                for (long page : member.pages()) {
                    statuses.add(reviewer.post("/api/pages/" + page + "/reviews",
                            Map.of("assignment", assignment.slug(), "tags", List.of(tag.slug()))).getStatus());
                }
                return statuses;
            }));
        }
        for (int threshold : new int[]{3, 1, 4, 2, 3}) {
            http.toBlocking().exchange(HttpRequest.PATCH("/api/editor/assignments/" + assignment.slug(), Map.of("threshold", threshold))
                    .basicAuth(editor, Fixtures.EDITOR_PASSWORD));
        }
        reviewers.shutdown();

        for (Future<List<HttpStatus>> answer : answers) {
            assertEquals(List.of(HttpStatus.CREATED), answer.get().stream().distinct().toList());
        }
        fixtures.assertNoDrift(assignment);
    }
}
