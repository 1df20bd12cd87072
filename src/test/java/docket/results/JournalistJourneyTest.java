package docket.results;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import docket.Browser;
import docket.Fixtures;
import docket.tag.Tag;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's "done when": a journalist finds the receipts tagged for one member by following links
 * from the parties page, subscribes to the in-order Atom feed, downloads the CSV, and after more
 * reviews arrive continues the in-order list exactly where they left off.
 */
@MicronautTest(transactional = false)
class JournalistJourneyTest {

    private static final Pattern PAGE_LINK = Pattern.compile("href=\"/pages/(\\d+)\"");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Test
    void aJournalistFindsAMembersReceiptsSubscribesDownloadsAndLaterContinuesWhereTheyLeftOff() throws Exception {
        Tag receipt = fixtures.tag();
        String party = "Party " + receipt.slug();
        Fixtures.Member member = fixtures.memberOfParty(party, 6);
        List<Long> pages = member.pages();
        Browser reviewer = new Browser(http);
        for (long page : pages.subList(0, 3)) {
            reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(receipt.slug())));
        }
        Thread.sleep(1100);

        String parties = get("/parties");
        String partyPage = get(href(parties, "/parties/party-" + receipt.slug()));
        String memberPage = get(href(partyPage, "/members/" + member.slug()));
        String inOrder = get(href(memberPage, "/in-order/members/" + member.slug() + "/tags/" + receipt.slug()));
        assertEquals(pages.subList(0, 3), pagesListed(inOrder));

        String feedUrl = attribute(inOrder, "<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"([^\"]+)\"");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(get(feedUrl)));
        assertEquals(3, feed.getEntries().size());

        String csvUrl = attribute(inOrder, "<a href=\"([^\"]+)\" type=\"text/csv\">");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(get(csvUrl))).getRecords();
        assertEquals(pages.subList(0, 3), rows.stream().map(r -> Long.parseLong(r.get("page_id"))).toList());

        String later = attribute(inOrder, "<a href=\"([^\"]+)\">Continue from here later</a>");

        Browser another = new Browser(http);
        for (long page : List.of(pages.get(4), pages.get(0), pages.get(3))) {
            another.post("/api/pages/" + page + "/reviews", Map.of("tags", List.of(receipt.slug())));
        }
        Thread.sleep(1100);

        assertEquals(List.of(pages.get(4), pages.get(3)), pagesListed(get(later)),
                "only the pages tagged since, in the order they got the tag; page 1 was tagged again but is not new");
        assertEquals(5, new SyndFeedInput().build(new StringReader(get(feedUrl))).getEntries().size());
    }

    private String get(String uri) {
        return http.toBlocking().retrieve(uri.replace("&amp;", "&"));
    }

    private static String href(String html, String path) {
        assertTrue(html.contains("href=\"" + path + "\""), "a link to " + path);
        return path;
    }

    private static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    private static List<Long> pagesListed(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = PAGE_LINK.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
