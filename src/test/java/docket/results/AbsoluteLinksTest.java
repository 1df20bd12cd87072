package docket.results;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import docket.Browser;
import docket.Fixtures;
import docket.tag.Tag;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that sends a hostile {@code Host} and {@code X-Forwarded-Host} cannot put its own address
 * into the links of a feed or an export that others will read: they come from {@code DOCKET_PUBLIC_URL}.
 */
@MicronautTest(transactional = false)
@Property(name = "docket.public-url", value = "https://docket.example.org/")
class AbsoluteLinksTest {

    private static final String SITE = "https://docket.example.org";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void csvAndAtomLinkToTheConfiguredAddressWhateverHostTheRequestNames() throws Exception {
        Tag tag = fixtures.tag();
        long page = fixtures.memberWithPages(1).pages().get(0);
        new Browser(http).post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(tag.slug())));
        Thread.sleep(1100); // the in-order lists, which the feed follows, settle for a second in tests

        String csv = hostile("/api/tags/" + tag.slug() + "/pages?format=csv");
        String atom = hostile("/api/tags/" + tag.slug() + "/pages?format=atom");

        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().get(0);
        assertEquals(SITE + "/pages/" + page, row.get("page_url"));
        assertTrue(row.get("image_url").startsWith(SITE + "/"), row.get("image_url"));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        List<String> links = new ArrayList<>(List.of(feed.getLink(), feed.getUri()));
        feed.getLinks().stream().map(SyndLink::getHref).forEach(links::add);
        for (SyndEntry entry : feed.getEntries()) {
            links.add(entry.getLink());
            links.add(entry.getUri());
        }
        assertEquals(1, feed.getEntries().size(), atom);
        assertTrue(links.stream().allMatch(link -> link.startsWith(SITE + "/")), links.toString());
        assertTrue(feed.getEntries().get(0).getDescription().getValue().contains("src=\"" + SITE + "/"), atom);
        assertFalse(csv.contains("evil.example") || atom.contains("evil.example"));
    }

    private String hostile(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http"));
    }
}
