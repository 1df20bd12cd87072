package docket.catalog;

import io.micronaut.http.HttpHeaders;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
