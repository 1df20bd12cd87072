package docket.results;

import docket.Browser;
import docket.Fixtures;
import docket.tag.Tag;
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

/** A client reads {@code items} on every page of a list, the last one too: an empty list is {@code []}, never missing. */
@MicronautTest(transactional = false)
class EmptyListsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void theEndOfAnInOrderListHasEmptyItemsAndTheSameCursor() throws Exception {
        Tag tag = fixtures.tag();
        Fixtures.Member member = fixtures.memberWithPages(1);
        new Browser(http).post("/api/pages/" + member.pages().get(0) + "/reviews", Map.of("tags", List.of(tag.slug())));
        Thread.sleep(1100); // in-order lists show a page once it has settled (a second in tests)
        Map<?, ?> first = list("/api/tags/" + tag.slug() + "/pages?order=in-order");
        assertEquals(1, ((List<?>) first.get("items")).size(), first.toString());

        Map<?, ?> end = list("/api/tags/" + tag.slug() + "/pages?order=in-order&after=" + first.get("next"));

        assertEquals(List.of(), end.get("items"), "the end of the list: " + end);
        assertEquals(first.get("next"), end.get("next"), "the same cursor continues later");
    }

    @Test
    void aTagNobodyUsedYetListsNoPagesAndHasNoNextPage() {
        Tag tag = fixtures.tag();

        Map<?, ?> mostTagged = list("/api/tags/" + tag.slug() + "/pages");

        assertEquals(List.of(), mostTagged.get("items"), mostTagged.toString());
        assertFalse(mostTagged.containsKey("next"), "most tagged, next is absent on the last page: " + mostTagged);
    }

    @Test
    void aPageNobodyReviewedHasEmptyTallies() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);

        Map<?, ?> json = list("/api/pages/" + page);

        assertTrue(json.containsKey("tallies"), json.toString());
        assertEquals(Map.of(), json.get("tallies"));
        assertEquals(0, ((Number) json.get("reviews")).intValue(), "zero counts are written too: " + json);
    }

    private Map<?, ?> list(String uri) {
        return http.toBlocking().retrieve(uri, Map.class);
    }
}
