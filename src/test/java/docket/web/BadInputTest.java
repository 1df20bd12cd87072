package docket.web;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.catalog.TestCorpus;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a hostile or clumsy client sends, the answer is a 4xx in plain words: {@code {status, title,
 * detail}} under {@code /api/}, the branded error page elsewhere; never a 500, a stack trace, SQL or a
 * configuration key.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1MB")
class BadInputTest {

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
    JsonMapper json;

    @TempDir
    Path dir;

    @Test
    void frameworkErrorsInTheApiAreProblems() throws Exception {
        long page = fixtures.memberWithPages(1).pages().get(0);

        problem(404, send(HttpRequest.GET("/api/no/such/thing")));
        problem(405, send(HttpRequest.DELETE("/api/tags")));
        problem(415, send(HttpRequest.POST("/api/pages/" + page + "/reviews", "<review/>").contentType(MediaType.APPLICATION_XML_TYPE)));
        problem(400, send(HttpRequest.POST("/api/pages/" + page + "/reviews", "{\"tags\": [").contentType(MediaType.APPLICATION_JSON_TYPE)));
        problem(400, send(HttpRequest.GET("/api/pages/abc")));
        problem(401, send(HttpRequest.GET("/api/editor/audit")));
        problem(413, send(HttpRequest.POST("/api/pages/" + page + "/reviews", "{\"x\": \"" + "a".repeat(2_000_000) + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void frameworkErrorsInTheBrowserAreTheErrorPage() {
        errorPage(404, send(HttpRequest.GET("/no/such/page")));
        errorPage(405, send(HttpRequest.DELETE("/parties")));
        errorPage(400, send(HttpRequest.GET("/pages/abc")));
        errorPage(415, send(HttpRequest.POST("/review/1", "{}").contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void aMalformedFormIsRefusedInPlainWords() throws Exception {
        Assignment assignment = fixtures.assignment(1, fixtures.memberWithPages(1));
        Browser reviewer = new Browser(http);
        Browser.Page review = reviewer.open("/assignments/" + assignment.slug() + "/review");
        assertEquals(200, review.status());
        errorPage(400, reviewer.submitRaw("/review/1", "tags=%"));

        Browser editor = new Browser(http);
        editor.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);
        errorPage(400, editor.submitRaw("/editor/tags", "slug=%&name=%zz"));
    }

    @Test
    void anUploadWithAFileNamedSlashOrWithANulIsRefused() throws Exception {
        Path pdf = new TestCorpus(dir).pdf("claim.pdf", 1);
        String editor = fixtures.editor();
        for (String name : List.of("/", "claim\0.pdf", "../../etc/passwd\0.pdf")) {
            MultipartBody body = MultipartBody.builder()
                    .addPart("member", "Member " + UUID.randomUUID())
                    .addPart("files", name, MediaType.of("application/pdf"), pdf.toFile())
                    .build();
            problem(422, send(HttpRequest.POST("/api/editor/documents", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .basicAuth(editor, Fixtures.EDITOR_PASSWORD)));
        }
    }

    @Test
    void aNameLongerThanItsColumnIsRefusedBeforeAnythingIsImported() throws Exception {
        Path pdf = new TestCorpus(dir).pdf("claim.pdf", 1);
        String editor = fixtures.editor();
        String tooLong = "Member " + "x".repeat(200);
        MultipartBody body = MultipartBody.builder()
                .addPart("member", tooLong)
                .addPart("files", "claim.pdf", MediaType.of("application/pdf"), pdf.toFile())
                .build();

        Map<?, ?> refused = problem(422, send(HttpRequest.POST("/api/editor/documents", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).basicAuth(editor, Fixtures.EDITOR_PASSWORD)));

        assertTrue(String.valueOf(refused.get("detail")).contains("200 characters"), refused.toString());
        assertEquals(404, send(HttpRequest.GET("/api/members/" + docket.catalog.Slugs.of(tooLong))).getStatus().getCode());
    }

    @Test
    void aLongButValidNameIsImportedAndAudited() throws Exception {
        Path pdf = new TestCorpus(dir).pdf("claim.pdf", 1);
        String editor = fixtures.editor();
        String member = "Member " + UUID.randomUUID() + " " + "y".repeat(150);
        MultipartBody body = MultipartBody.builder()
                .addPart("member", member)
                .addPart("files", "claim.pdf", MediaType.of("application/pdf"), pdf.toFile())
                .build();

        HttpResponse<String> imported = send(HttpRequest.POST("/api/editor/documents", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).basicAuth(editor, Fixtures.EDITOR_PASSWORD));
        assertEquals(200, imported.getStatus().getCode(), imported.body());

        String audit = send(HttpRequest.GET("/api/editor/audit").basicAuth(editor, Fixtures.EDITOR_PASSWORD)).body();
        assertTrue(audit.contains("documents.upload") && audit.contains(docket.catalog.Slugs.of(member)), audit);
    }

    private Map<?, ?> problem(int status, HttpResponse<String> response) throws Exception {
        String body = response.getBody(String.class).orElse("");
        assertEquals(status, response.getStatus().getCode(), body);
        assertTrue(response.getContentType().map(t -> t.getName().contains("json")).orElse(false), body);
        Map<?, ?> problem = json.readValue(body, Map.class);
        assertEquals(Set.of("status", "title", "detail"), problem.keySet(), body);
        assertEquals(status, ((Number) problem.get("status")).intValue(), body);
        assertFalse(String.valueOf(problem.get("detail")).isBlank(), body);
        clean(body);
        return problem;
    }

    private void errorPage(int status, HttpResponse<String> response) {
        String body = response.getBody(String.class).orElse("");
        assertEquals(status, response.getStatus().getCode(), body);
        assertTrue(response.getContentType().map(t -> t.getName().equals("text/html")).orElse(false), body);
        assertTrue(body.contains("class=\"brand\"") && body.contains("Back to the home page"), "the branded error page: " + body);
        clean(body);
    }

    private static void clean(String body) {
        for (String leak : List.of("Exception", "SQL", "java.", "\tat ", "micronaut", "max-request-size", "datasources.")) {
            assertFalse(body.contains(leak), "the answer shows " + leak + ": " + body);
        }
        assertFalse(body.matches("(?s).*docket\\.[a-z-]+\\.[a-z].*"), "the answer shows a setting's name: " + body);
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        // As a script asks the API and a browser asks for a page.
        String accept = request.getPath().startsWith("/api/") ? "application/json"
                : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        return Browser.answer(http, request.header("Accept", accept));
    }
}
