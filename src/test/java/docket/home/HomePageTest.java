package docket.home;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.catalog.BackgroundImport;
import docket.tag.Tag;
import docket.tag.TagRepository;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HomePageTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TagRepository tags;

    @Inject
    BackgroundImport backgroundImport;

    @Test
    void homeShowsTheFeaturedAssignmentsAndTheActiveTags() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        assignments.save(new Assignment(null, "main-" + suffix, "Main " + suffix, "Look for receipts.", 3, AssignmentState.OPEN, Featuring.MAIN, 0));
        assignments.save(new Assignment(null, "draft-" + suffix, "Draft " + suffix, "Not yet.", 1, AssignmentState.DRAFT, Featuring.MAIN, 0));
        tags.save(new Tag(null, "receipt-" + suffix, "Receipt " + suffix, "A shop or hotel receipt.", 1, true));
        tags.save(new Tag(null, "retired-" + suffix, "Retired " + suffix, "No longer used.", 2, false));

        String html = http.toBlocking().retrieve("/");

        assertTrue(html.contains("Main " + suffix) && html.contains("Look for receipts."), html);
        assertTrue(html.contains("each read by <span>3</span>"), html);
        assertFalse(html.contains("Draft " + suffix), "a draft is not shown: " + html);
        assertTrue(html.contains("<a href=\"/tags/receipt-" + suffix + "\">Receipt " + suffix + "</a>"), "each tag links to its list: " + html);
        assertFalse(html.contains("Retired " + suffix), "a retired tag is not offered: " + html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/assets/docket.css\">"));
        assertTrue(http.toBlocking().retrieve("/assets/docket.css").contains("body"));
    }

    @Test
    void whileTheDemoLoadsTheHomePageSaysHowFarItHasGot() {
        backgroundImport.started();
        backgroundImport.progress(12, 300);
        try {
            String html = http.toBlocking().retrieve("/");

            assertTrue(html.contains("Loading the demo corpus: <span>12</span> of")
                    && html.contains("<span>300</span> documents imported so far"), html);
        } finally {
            backgroundImport.finished();
        }
        assertFalse(http.toBlocking().retrieve("/").contains("Loading the demo corpus"), "once loaded, the notice goes");
    }
}
