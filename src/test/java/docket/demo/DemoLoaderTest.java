package docket.demo;

import docket.assignment.AssignmentRepository;
import docket.assignment.Featuring;
import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.tag.TagRepository;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class DemoLoaderTest {

    @Inject
    DemoLoader demo;

    @Inject
    TagRepository tags;

    @Inject
    AssignmentRepository assignments;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void loadsTheCorpusTagsAndAFeaturedAssignmentAndAddsNothingTheSecondTime() throws Exception {
        DemoCorpus corpus = DemoCorpus.small();

        ImportReport first = demo.load(corpus, ImportProgress.SILENT);
        List<Map<?, ?>> receipts = receipts();
        ImportReport second = demo.load(corpus, ImportProgress.SILENT);

        assertEquals(List.of(), first.failures());
        assertEquals(corpus.documentCount(), first.imported());
        assertEquals(corpus.pageCount(), first.pagesAdded());
        assertEquals(0, second.pagesAdded());
        assertEquals(corpus.documentCount(), second.alreadyImported());
        assertTrue(tags.findBySlugIn(List.of("receipt", "claim-form", "letter")).size() == 3);
        assertTrue(assignments.findFeatured().stream().anyMatch(a -> a.slug().startsWith("claims-of-the-") && a.featured() == Featuring.MAIN));
        String home = http.toBlocking().retrieve("/");
        assertTrue(home.contains("Check the claims of the") && home.contains("Start reviewing"), home);
        assertTrue(http.toBlocking().retrieve("/parties").contains("Harbour Party"));

        assertFalse(receipts.isEmpty(), "the demo's reviewers have tagged receipts");
        for (Map<?, ?> item : receipts) {
            String document = ((Map<?, ?>) ((Map<?, ?>) item.get("page")).get("document")).get("title").toString();
            assertTrue(document.startsWith("Receipts, "), "only receipts are tagged receipt: " + document);
        }
        assertEquals(receipts, receipts(), "loading the demo again adds no reviews");
    }

    private List<Map<?, ?>> receipts() {
        Map<?, ?> json = http.toBlocking().retrieve("/api/tags/receipt/pages?limit=500", Map.class);
        List<?> items = (List<?>) json.get("items");
        return items.stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList();
    }
}
