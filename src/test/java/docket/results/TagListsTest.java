package docket.results;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.denorm.Drift;
import docket.denorm.TaggedPages;
import docket.tag.Tag;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class TagListsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

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
    TaggedPages taggedPages;

    @Inject
    JdbcOperations jdbc;

    /** Pages, reviewers and reviews whose lists the tests know by heart. */
    record Corpus(Tag receipt, Tag fraud, Fixtures.Member jane, List<Long> janePages, Fixtures.Member john,
                  long janesFirstDocument, Assignment johns, String first, String second, String vandal) {
    }

    /**
     * Jane (party A) has pages j0..j3 in one document and j4 in another; John (party B) has b0..b2,
     * and an assignment covers him. In this order: first tags j0, j1 (also fraud) and b0 receipt;
     * second tags j0 and b1; a vandal tags b2 and is banned; first skips j2; second tags j4.
     */
    private Corpus corpus() throws Exception {
        Tag receipt = fixtures.tag();
        Tag fraud = fixtures.tag();
        Fixtures.Member jane = fixtures.memberWithPages(4);
        long janesFirstDocument = documentOf(jane.pages().get(0));
        List<Long> j = new ArrayList<>(jane.pages());
        jane = fixtures.morePages(jane, 1);
        j.addAll(jane.pages().stream().filter(id -> !j.contains(id)).toList());
        Fixtures.Member john = fixtures.memberOfParty("Party " + receipt.slug(), 3);
        Assignment johns = fixtures.assignment(1, john);
        Browser first = new Browser(http);
        tag(first, j.get(0), receipt);
        String firstName = fixtures.newestAnonymousReviewer();
        tag(first, j.get(1), receipt, fraud);
        tag(first, john.pages().get(0), receipt);
        Browser second = new Browser(http);
        tag(second, j.get(0), receipt);
        String secondName = fixtures.newestAnonymousReviewer();
        tag(second, john.pages().get(1), receipt);
        Browser vandal = new Browser(http);
        tag(vandal, john.pages().get(2), receipt);
        String vandalName = fixtures.newestAnonymousReviewer();
        ban(vandalName, "ban");
        first.post("/api/pages/" + j.get(2) + "/reviews", Map.of("skip", true));
        tag(second, j.get(4), receipt);
        return new Corpus(receipt, fraud, jane, j, john, janesFirstDocument, johns, firstName, secondName, vandalName);
    }

    @Test
    void everyCombinationListsExactlyThePagesTaggedByReviewersWhoAreNotBanned() throws Exception {
        Corpus c = corpus();
        List<Long> j = c.janePages();
        List<Long> b = c.john().pages();
        settle();

        assertEquals(List.of(j.get(0), j.get(1), b.get(0), b.get(1), j.get(4)), inOrder("/tags/" + c.receipt().slug()));
        assertEquals(List.of(j.get(0), j.get(1), j.get(4)), inOrder("/members/" + c.jane().slug() + "/tags/" + c.receipt().slug()));
        assertEquals(List.of(j.get(0), j.get(1)), inOrder("/documents/" + c.janesFirstDocument() + "/tags/" + c.receipt().slug()));
        assertEquals(List.of(b.get(0), b.get(1)), inOrder("/parties/party-" + c.receipt().slug() + "/tags/" + c.receipt().slug()));
        assertEquals(List.of(b.get(0), b.get(1)), inOrder("/assignments/" + c.johns().slug() + "/tags/" + c.receipt().slug()));
        assertEquals(List.of(j.get(0), j.get(1), b.get(0)), inOrder("/reviewers/" + c.first() + "/tags/" + c.receipt().slug()));
        assertEquals(List.of(j.get(1)), inOrder("/tags/" + c.fraud().slug()));
        assertEquals(List.of(), inOrder("/reviewers/" + c.vandal() + "/tags/" + c.receipt().slug()), "a banned reviewer's tags do not count");

        // Most tagged: j0 has two reviewers; ties newest page first.
        Map<Long, Long> counts = mostTagged("/tags/" + c.receipt().slug());
        assertEquals(List.of(j.get(0), b.get(1), b.get(0), j.get(4), j.get(1)), List.copyOf(counts.keySet()));
        assertEquals(List.of(2L, 1L, 1L, 1L, 1L), List.copyOf(counts.values()));

        ban(c.vandal(), "unban");
        settle();
        assertEquals(List.of(b.get(0), b.get(1), b.get(2)), inOrder("/members/" + c.john().slug() + "/tags/" + c.receipt().slug()),
                "unbanned, the vandal's tag counts again");
    }

    @Test
    void theTaggedPagesTableAgreesWithTheReviewsAfterBansAndARebuildMendsItsDrift() throws Exception {
        Corpus c = corpus();
        ban(c.first(), "ban");
        ban(c.first(), "unban");
        ban(c.second(), "ban");
        assertEquals(Drift.NONE, taggedPages.verify(), "written with each review and recounted on every ban");
        settle();
        assertEquals(List.of(c.janePages().get(0), c.janePages().get(1)), inOrder("/members/" + c.jane().slug() + "/tags/" + c.receipt().slug()),
                "with the second reviewer banned, j4 (theirs alone) leaves the list and j0 keeps the first reviewer's tag");

        jdbc.execute(connection -> connection.createStatement().executeUpdate(
                "UPDATE tagged_page SET reviews = reviews + 5 WHERE tag_id = " + c.receipt().id()));
        Drift drift = taggedPages.verify();
        assertTrue(drift.missing() > 0 && drift.extra() > 0, "a wrong count is seen: " + drift);

        taggedPages.rebuild();
        assertEquals(Drift.NONE, taggedPages.verify());
        ban(c.second(), "unban");
    }

    @Test
    void jsonCursorsWalkTheWholeListOnceAndABadCursorIsRefused() throws Exception {
        Corpus c = corpus();
        settle();
        String list = "/api/tags/" + c.receipt().slug() + "/pages";
        for (String order : List.of("in-order", "most-tagged")) {
            List<Long> whole = ids(http.toBlocking().retrieve(HttpRequest.GET(list + "?limit=500&order=" + order), Map.class));
            List<Long> walked = new ArrayList<>();
            String next = null;
            for (int page = 0; page < 10; page++) {
                Map<?, ?> json = http.toBlocking().retrieve(HttpRequest.GET(list + "?limit=2&order=" + order
                        + (next == null ? "" : "&after=" + next)), Map.class);
                List<Long> items = ids(json);
                walked.addAll(items);
                next = (String) json.get("next");
                if (items.isEmpty() || next == null) {
                    break;
                }
            }
            assertEquals(5, whole.size());
            assertEquals(whole, walked, order);
            if (order.equals("in-order")) {
                assertNotNull(next, "the end of an in-order list still says where to continue");
            } else {
                assertNull(next, "the end of a most-tagged list has no next page");
            }
        }
        for (String format : List.of("json", "csv")) {
            HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(list + "?order=in-order&after=yesterday&format=" + format, Map.class));
            assertEquals(400, bad.getStatus().getCode(), format);
            assertTrue(bad.getResponse().getBody(Map.class).orElseThrow().get("detail").toString().contains("next"), format);
        }
    }

    @Test
    void csvParsesBackToTheSameRowsAsTheJson() throws Exception {
        Corpus c = corpus();
        settle();
        String list = "/api/members/" + c.jane().slug() + "/tags/" + c.receipt().slug() + "/pages?order=in-order";
        Map<?, ?> json = http.toBlocking().retrieve(list, Map.class);
        HttpResponse<String> csv = http.toBlocking().exchange(list + "&format=csv", String.class);

        assertTrue(csv.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("attachment"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        List<?> items = (List<?>) json.get("items");
        assertEquals(items.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            Map<?, ?> page = (Map<?, ?>) item.get("page");
            CSVRecord row = rows.get(i);
            assertEquals(page.get("id").toString(), row.get("page_id"));
            assertEquals(((Map<?, ?>) page.get("document")).get("title"), row.get("document_title"));
            assertEquals(c.jane().name(), row.get("member_name"));
            assertEquals(item.get("count").toString(), row.get("count"));
            assertEquals(Instant.parse(item.get("firstTaggedAt").toString()), Instant.parse(row.get("first_tagged_at")));
            assertEquals(c.receipt().slug(), row.get("tag"));
        }
        String empty = http.toBlocking().retrieve("/api/members/" + c.jane().slug() + "/tags/" + c.fraud().slug() + "/pages?format=csv&after="
                + Instant.now().plusSeconds(60) + "_0&order=in-order");
        assertEquals(String.join(",", CsvExport.HEADER), empty.strip(), "an empty export is the header alone");
    }

    @Test
    void atomFeedParsesWithRomeAndHasEveryElementRfc4287Requires() throws Exception {
        Corpus c = corpus();
        settle();
        String feedUrl = "/api/members/" + c.jane().slug() + "/tags/" + c.receipt().slug() + "/pages?format=atom";
        HttpResponse<String> response = http.toBlocking().exchange(feedUrl, String.class);
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("application/atom+xml"));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
        List<Long> j = c.janePages();
        assertEquals(List.of(j.get(4), j.get(1), j.get(0)).stream().map(id -> "/pages/" + id).toList(),
                links.stream().map(link -> link.substring(link.indexOf("/pages/"))).toList(), "newest first");

        // RFC 4287 4.1.1 and 4.1.2: what a feed and each entry must have.
        Document xml = atom(response.body());
        Element root = xml.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(root, required).size(), "feed/" + required);
        }
        assertFalse(children(root, "author").isEmpty(), "a feed author, since entries have none");
        Set<String> ids = new HashSet<>();
        for (Element entry : children(root, "entry")) {
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children(entry, required).size(), "entry/" + required);
            }
            OffsetDateTime.parse(children(entry, "updated").get(0).getTextContent());
            assertTrue(ids.add(children(entry, "id").get(0).getTextContent()), "entry ids are unique");
            assertTrue(children(entry, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")));
        }
        assertTrue(children(root, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self")));
    }

    @Test
    void htmlListsLinkTheirFeedAndFormatsAndContinueWhereTheReaderLeftOff() throws Exception {
        Corpus c = corpus();
        settle();
        String path = "/in-order/members/" + c.jane().slug() + "/tags/" + c.receipt().slug();
        String html = http.toBlocking().retrieve(path);
        String api = "/api/members/" + c.jane().slug() + "/tags/" + c.receipt().slug() + "/pages";
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + api + "?format=atom\""), html);
        assertTrue(html.contains("href=\"" + api + "?format=csv&amp;order=in-order\""));
        for (long page : List.of(c.janePages().get(0), c.janePages().get(1), c.janePages().get(4))) {
            assertTrue(html.contains("href=\"/pages/" + page + "\""), "lists page " + page);
        }
        String later = continueLink(html);
        assertFalse(later.isEmpty());

        tag(new Browser(http), c.janePages().get(3), c.receipt());
        settle();
        String continued = http.toBlocking().retrieve(later);
        assertTrue(continued.contains("href=\"/pages/" + c.janePages().get(3) + "\""), "the page tagged since");
        assertFalse(continued.contains("href=\"/pages/" + c.janePages().get(0) + "\""), "pages seen before are not shown again");

        String unknown = assertThrowsStatus("/members/" + c.jane().slug() + "/tags/no-such-tag");
        assertTrue(unknown.contains("no-such-tag"));
    }

    // --- helpers

    private void tag(Browser reviewer, long page, Tag... tags) {
        reviewer.post("/api/pages/" + page + "/reviews", Map.of("tags", Arrays.stream(tags).map(Tag::slug).toList()));
    }

    private void ban(String reviewer, String action) {
        http.toBlocking().exchange(HttpRequest.POST("/api/editor/reviewers/" + reviewer + "/" + action, Map.of())
                .basicAuth(fixtures.editor(), Fixtures.EDITOR_PASSWORD));
    }

    private long documentOf(long page) {
        Map<?, ?> json = http.toBlocking().retrieve("/api/pages/" + page, Map.class);
        return ((Number) ((Map<?, ?>) ((Map<?, ?>) json.get("page")).get("document")).get("id")).longValue();
    }

    /** In-order lists show a page once it has settled (a second in tests). */
    private static void settle() throws InterruptedException {
        Thread.sleep(1100);
    }

    private List<Long> inOrder(String list) {
        return ids(http.toBlocking().retrieve("/api" + list + "/pages?order=in-order&limit=500", Map.class));
    }

    private Map<Long, Long> mostTagged(String list) {
        Map<?, ?> json = http.toBlocking().retrieve("/api" + list + "/pages?limit=500", Map.class);
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Object item : (List<?>) json.get("items")) {
            Map<?, ?> entry = (Map<?, ?>) item;
            counts.put(((Number) ((Map<?, ?>) entry.get("page")).get("id")).longValue(), ((Number) entry.get("count")).longValue());
        }
        return counts;
    }

    static List<Long> ids(Map<?, ?> json) {
        List<?> items = (List<?>) json.get("items");
        return items.stream().map(item -> ((Number) ((Map<?, ?>) ((Map<?, ?>) item).get("page")).get("id")).longValue()).toList();
    }

    private static String continueLink(String html) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\">Continue from here later</a>").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : "";
    }

    private String assertThrowsStatus(String uri) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(uri, String.class));
        assertEquals(404, e.getStatus().getCode());
        return e.getResponse().getBody(String.class).orElse("");
    }

    private static Document atom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
