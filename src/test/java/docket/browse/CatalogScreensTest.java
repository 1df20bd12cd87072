package docket.browse;

import docket.Browser;
import docket.Fixtures;
import docket.catalog.CatalogQueries;
import docket.catalog.DocumentSummary;
import docket.catalog.ImportProgress;
import docket.catalog.Importer;
import docket.catalog.PageSummary;
import docket.catalog.Slugs;
import docket.catalog.TestCorpus;
import docket.tag.Tag;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogScreensTest {

    private static final Pattern IMG = Pattern.compile("<img[^>]*src=\"(/images/[^\"]+)\"");
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"/pages/(\\d+)\"");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Importer importer;

    @Inject
    CatalogQueries catalog;

    @Inject
    Fixtures fixtures;

    String party = "Screen Party " + UUID.randomUUID().toString().substring(0, 8);
    String member = "Hana Screen " + UUID.randomUUID().toString().substring(0, 8);
    String independent = "Ivo Alone " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void importDocuments(@TempDir Path dir) throws Exception {
        TestCorpus files = new TestCorpus(dir);
        files.pdf("claim.pdf", 3);
        files.image("receipt.png", "png");
        files.image("taxi.png", "png");
        importer.importManifest(files.manifest("manifest.csv", List.of(
                List.of(party, member, "Claim & costs, April 2024", "claim.pdf"),
                List.of(party, member, "Hotel receipt", "receipt.png"),
                List.of("", independent, "Taxi receipt", "taxi.png"))), ImportProgress.SILENT);
    }

    @Test
    void partiesListShowsEachPartyWithItsCounts() {
        String html = get("/parties");

        // The list holds every test's parties: the counts must be the ones on this party's card.
        String card = cardOf(party, html);
        assertTrue(card.contains("<span>1 members</span>") && card.contains("<span>2 documents</span>")
                && card.contains("<span>4 pages</span>"), card);
    }

    @Test
    void partiesListShowsMembersWithoutAPartyApart() {
        String html = get("/parties");

        int section = html.indexOf("Members without a party");
        assertTrue(section >= 0, html);
        String apart = html.substring(section);
        assertTrue(cardOf(independent, apart).contains("1 documents · 1 pages"), apart);
    }

    @Test
    void aPartyListsItsMembers() {
        String html = get("/parties/" + Slugs.of(party));

        assertTrue(html.contains("<h1>" + party + "</h1>"), html);
        assertTrue(html.contains("href=\"/members/" + Slugs.of(member) + "\""), html);
        assertTrue(html.contains("2 documents · 4 pages"), html);
    }

    @Test
    void aMemberListsTheirDocumentsWithCoversThatLoad() {
        String html = get("/members/" + Slugs.of(member));

        assertTrue(html.contains("Claim &amp; costs, April 2024"), "titles are escaped: " + html);
        assertTrue(html.contains("Hotel receipt"), html);
        List<String> covers = matches(IMG, html);
        assertEquals(2, covers.size(), html);
        covers.forEach(this::assertImageLoads);
    }

    @Test
    void aDocumentShowsItsPagesAsThumbnailsInOrder() {
        long id = catalog.documentsOfMember(Slugs.of(member)).stream()
                .filter(d -> d.title().startsWith("Claim")).findFirst().orElseThrow().id();

        String html = get("/documents/" + id);

        assertTrue(html.contains("Document no. " + id + " · 3 pages"), "the number an editor or a journalist cites: " + html);
        assertEquals(3, matches(PAGE_LINK, html).size(), html);
        assertTrue(html.indexOf("Page 1") < html.indexOf("Page 2") && html.indexOf("Page 2") < html.indexOf("Page 3"), html);
        matches(IMG, html).forEach(this::assertImageLoads);
    }

    @Test
    void aPageShowsItsImageAndWhereItComesFrom() {
        long documentId = catalog.documentsOfMember(Slugs.of(member)).stream()
                .filter(d -> d.title().startsWith("Claim")).findFirst().orElseThrow().id();
        long secondPage = catalog.pagesOfDocument(documentId).get(1).id();

        String html = get("/pages/" + secondPage);

        assertTrue(html.contains("Page 2 of 3") && html.contains("Page no. " + secondPage), html);
        assertTrue(html.contains(party) && html.contains(member) && html.contains("Claim &amp; costs, April 2024"), html);
        assertTrue(html.contains("rel=\"prev\"") && html.contains("rel=\"next\""), html);
        String image = matches(IMG, html).get(0);
        assertTrue(image.endsWith(".jpg") && !image.contains(".thumb."), image);
        assertImageLoads(image);
    }

    @Test
    void aPageShowsItsTalliesCountsAndDiscovery() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);
        Tag receipt = fixtures.tag();
        Tag fraud = fixtures.tag();
        review(new Browser(http), page, Map.of("tags", List.of(receipt.slug(), fraud.slug()), "interesting", true));
        String flagger = fixtures.newestAnonymousReviewer();
        review(new Browser(http), page, Map.of("tags", List.of(receipt.slug())));
        review(new Browser(http), page, Map.of("skip", true));
        String headline = "Two receipts for one dinner " + UUID.randomUUID().toString().substring(0, 6);
        http.toBlocking().exchange(HttpRequest.POST("/api/editor/discoveries",
                Map.of("page", page, "headline", headline, "note", "Claimed in April and again in May."))
                .basicAuth(fixtures.editor(), Fixtures.EDITOR_PASSWORD), Map.class);

        String html = get("/pages/" + page);

        assertTagCount(html, "/tags/" + receipt.slug(), receipt.name(), 2);
        assertTagCount(html, "/tags/" + fraud.slug(), fraud.name(), 1);
        assertTrue(html.contains("<span>2 reviewers</span>") && html.contains("<span>1 skip</span>")
                && html.contains("<span>1 flagged “investigate this”</span>"), html);
        assertTrue(html.contains(headline) && html.contains("Claimed in April and again in May.")
                && html.contains("found by " + flagger), html);
    }

    @Test
    void aPageWithoutReviewsOrDiscoverySaysSo() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);

        String html = get("/pages/" + page);

        assertTrue(html.contains("<span>0 reviewers</span>") && html.contains("<span>0 skips</span>"), html);
        assertFalse(html.contains("class=\"tag-counts\"") || html.contains("class=\"discovery\""), html);
    }

    @Test
    void aMemberShowsHowManyPagesHaveEachTagAndLinksToTheLists() throws Exception {
        Fixtures.Member member = fixtures.morePages(fixtures.memberWithPages(3), 1);
        List<DocumentSummary> documents = catalog.documentsOfMember(member.slug());
        long first = documents.stream().filter(d -> d.pages() == 3).findFirst().orElseThrow().id();
        long second = documents.stream().filter(d -> d.pages() == 1).findFirst().orElseThrow().id();
        List<Long> firstPages = catalog.pagesOfDocument(first).stream().map(PageSummary::id).toList();
        long otherPage = catalog.pagesOfDocument(second).get(0).id();
        Tag receipt = fixtures.tag();
        Tag fraud = fixtures.tag();
        Browser one = new Browser(http);
        review(one, firstPages.get(0), Map.of("tags", List.of(receipt.slug())));
        review(new Browser(http), firstPages.get(0), Map.of("tags", List.of(receipt.slug())));
        review(one, firstPages.get(1), Map.of("tags", List.of(receipt.slug(), fraud.slug())));
        review(one, otherPage, Map.of("tags", List.of(receipt.slug())));
        String base = "/members/" + member.slug();

        String html = get(base);

        // Pages, not reviews: the first page's two receipts count once.
        assertTagCount(html, base + "/tags/" + receipt.slug(), receipt.name(), 3);
        assertTagCount(html, base + "/tags/" + fraud.slug(), fraud.name(), 1);
        assertTrue(html.contains("href=\"/in-order" + base + "/tags/" + receipt.slug() + "\""), html);
        assertTrue(html.indexOf(base + "/tags/" + receipt.slug()) < html.indexOf("documents</p>"), "the member's counts come first: " + html);
        assertTagCount(tagsOf("href=\"/documents/" + first + "\"", html), "/documents/" + first + "/tags/" + receipt.slug(), receipt.name(), 2);
        String secondCard = tagsOf("href=\"/documents/" + second + "\"", html);
        assertTagCount(secondCard, "/documents/" + second + "/tags/" + receipt.slug(), receipt.name(), 1);
        assertFalse(secondCard.contains(fraud.slug()), secondCard);
        assertTagCount(get("/documents/" + first), "/documents/" + first + "/tags/" + fraud.slug(), fraud.name(), 1);
    }

    @Test
    void aPartyShowsItsTagCountsAndEachMembers() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Tag receipt = fixtures.tag();
        Browser reviewer = new Browser(http);
        member.pages().forEach(page -> review(reviewer, page, Map.of("tags", List.of(receipt.slug()))));

        String html = get("/parties/fixture-party");

        assertTagCount(html, "/parties/fixture-party/tags/" + receipt.slug(), receipt.name(), 2);
        String card = tagsOf(">" + member.name() + "<", html);
        assertTagCount(card, "/members/" + member.slug() + "/tags/" + receipt.slug(), receipt.name(), 2);
    }

    @Test
    void aBannedReviewersTagsAreNotCounted() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        long page = member.pages().get(0);
        Tag receipt = fixtures.tag();
        Tag fraud = fixtures.tag();
        review(new Browser(http), page, Map.of("tags", List.of(receipt.slug())));
        review(new Browser(http), page, Map.of("tags", List.of(receipt.slug(), fraud.slug()), "interesting", true));
        String banned = fixtures.newestAnonymousReviewer();

        http.toBlocking().exchange(HttpRequest.POST("/api/editor/reviewers/" + banned + "/ban", "")
                .basicAuth(fixtures.editor(), Fixtures.EDITOR_PASSWORD), Map.class);

        String memberPage = get("/members/" + member.slug());
        assertTagCount(memberPage, "/members/" + member.slug() + "/tags/" + receipt.slug(), receipt.name(), 1);
        assertFalse(memberPage.contains(fraud.slug()), memberPage);
        String pageDetail = get("/pages/" + page);
        assertTagCount(pageDetail, "/tags/" + receipt.slug(), receipt.name(), 1);
        assertFalse(pageDetail.contains(fraud.slug()), pageDetail);
        assertTrue(pageDetail.contains("<span>1 reviewer</span>") && pageDetail.contains("<span>0 flagged “investigate this”</span>"), pageDetail);
    }

    @Test
    void aMissingThingGetsAClearNotFoundPage() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/pages/987654321", String.class));

        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("No page 987654321 here"));
    }

    @Test
    void anUnknownImageNameIsNotFound() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/images/..%2F..%2Fetc%2Fpasswd", byte[].class));

        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    private void assertImageLoads(String url) {
        HttpResponse<byte[]> response = http.toBlocking().exchange(url, byte[].class);
        assertEquals(HttpStatus.OK, response.getStatus());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("image/"), url);
        assertTrue(response.getBody().orElseThrow().length > 500, url);
        assertEquals("public, max-age=31536000, immutable", response.getHeaders().get(HttpHeaders.CACHE_CONTROL));
    }

    /** The list item of the party or member named {@code name}: from its name to the end of the item. */
    private static String cardOf(String name, String html) {
        int start = html.indexOf(">" + name + "<");
        assertTrue(start >= 0, name + " is not listed: " + html);
        return html.substring(start, html.indexOf("</li>", start));
    }

    private void review(Browser reviewer, long page, Map<String, Object> review) {
        assertEquals(HttpStatus.CREATED, reviewer.post("/api/pages/" + page + "/reviews", review).getStatus());
    }

    /** Asserts that the link to {@code href} shows the tag's name and count, as a reader sees it. */
    private static void assertTagCount(String html, String href, String name, long count) {
        Matcher link = Pattern.compile("<a href=\"" + Pattern.quote(href) + "\"><span>([^<]*)</span>\\s*<strong>([\\d,]+)</strong></a>")
                .matcher(html);
        assertTrue(link.find(), "no count linking to " + href + ": " + html);
        assertEquals(name + " " + count, link.group(1) + " " + link.group(2), href);
    }

    /** A card with tag counts: from {@code start} to the end of its list of counts. */
    private static String tagsOf(String start, String html) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " is not listed: " + html);
        return html.substring(from, html.indexOf("</ul>", from));
    }

    private String get(String path) {
        return http.toBlocking().retrieve(path);
    }

    private static List<String> matches(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
