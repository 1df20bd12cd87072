package docket.catalog;

import io.micronaut.core.type.Argument;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A script finds the parties, their members and a member's documents as the SPEC gives them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Importer importer;

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String party = "Api Party " + suffix;
    String zoe = "Zoe Api " + suffix;
    String adam = "Adam Api " + suffix;
    String independent = "Ivo Api " + suffix;

    @BeforeAll
    void importDocuments(@TempDir Path dir) throws Exception {
        TestCorpus files = new TestCorpus(dir);
        files.pdf("claim.pdf", 3);
        files.pdf("adams-claim.pdf", 2);
        files.image("receipt.png", "png");
        files.image("taxi.png", "png");
        importer.importManifest(files.manifest("manifest.csv", List.of(
                List.of(party, zoe, "Claim, April 2024", "claim.pdf"),
                List.of(party, zoe, "Hotel receipt", "receipt.png"),
                List.of(party, adam, "Claim, April 2024", "adams-claim.pdf"),
                List.of("", independent, "Taxi receipt", "taxi.png"))), ImportProgress.SILENT);
    }

    @Test
    void partiesListEachPartyWithItsMembersByName() {
        List<Map<String, Object>> parties = parties();

        Map<String, Object> ours = parties.stream().filter(p -> party.equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals(Slugs.of(party), ours.get("slug"));
        assertEquals(List.of(Map.of("slug", Slugs.of(adam), "name", adam), Map.of("slug", Slugs.of(zoe), "name", zoe)),
                ours.get("members"));
    }

    @Test
    void membersWithoutAPartyAreTheLastEntryWithNoSlug() {
        List<Map<String, Object>> parties = parties();

        Map<String, Object> last = parties.get(parties.size() - 1);
        assertEquals(CatalogApiController.WITHOUT_PARTY, last.get("name"));
        assertFalse(last.containsKey("slug"), last.toString());
        assertTrue(((List<?>) last.get("members")).contains(Map.of("slug", Slugs.of(independent), "name", independent)), last.toString());
        assertTrue(parties.stream().limit(parties.size() - 1).allMatch(p -> p.get("slug") != null), "every other entry is a party");
    }

    @Test
    void aMemberComesWithTheirPartyAndDocuments() {
        Map<?, ?> member = http.toBlocking().retrieve("/api/members/" + Slugs.of(zoe), Map.class);

        assertEquals(Slugs.of(zoe), member.get("slug"));
        assertEquals(zoe, member.get("name"));
        assertEquals(Map.of("slug", Slugs.of(party), "name", party), member.get("party"));
        List<?> documents = (List<?>) member.get("documents");
        assertEquals(List.of("Claim, April 2024", "Hotel receipt"), documents.stream().map(d -> ((Map<?, ?>) d).get("title")).toList());
        assertEquals(List.of(3, 1), documents.stream().map(d -> ((Number) ((Map<?, ?>) d).get("pages")).intValue()).toList());
        assertTrue(documents.stream().allMatch(d -> ((Map<?, ?>) d).get("id") instanceof Number), documents.toString());
    }

    @Test
    void aMemberWithoutAPartyHasNone() {
        Map<?, ?> member = http.toBlocking().retrieve("/api/members/" + Slugs.of(independent), Map.class);

        assertEquals(independent, member.get("name"));
        assertFalse(member.containsKey("party"), member.toString());
        assertEquals(1, ((List<?>) member.get("documents")).size());
    }

    @Test
    void anUnknownMemberIsANotFoundProblem() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/members/nobody-" + suffix), Map.class));

        HttpResponse<?> response = e.getResponse();
        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
        Map<?, ?> problem = response.getBody(Map.class).orElseThrow();
        assertEquals(404, ((Number) problem.get("status")).intValue());
        assertEquals("Not Found", problem.get("title"));
        assertEquals("No member nobody-" + suffix + " here. It may have been removed.", problem.get("detail"));
    }

    private List<Map<String, Object>> parties() {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/parties"), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
