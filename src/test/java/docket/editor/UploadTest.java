package docket.editor;

import docket.Browser;
import docket.Fixtures;
import docket.catalog.Slugs;
import docket.catalog.TestCorpus;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UploadTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @TempDir
    Path dir;

    @Test
    void uploadedPdfsBecomeTheMembersDocumentsAndABadFileIsReportedByName() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        Path claim = files.pdf("march-claim.pdf", 2);
        Path corrupt = files.corruptPdf("broken.pdf");
        String member = "Uploaded Member " + UUID.randomUUID().toString().substring(0, 6);
        MultipartBody body = MultipartBody.builder()
                .addPart("party", "Upload Party")
                .addPart("member", member)
                .addPart("files", "march-claim.pdf", MediaType.of("application/pdf"), claim.toFile())
                .addPart("files", "broken.pdf", MediaType.of("application/pdf"), corrupt.toFile())
                .build();
        String editor = fixtures.editor();

        Map<?, ?> report = http.toBlocking().retrieve(HttpRequest.POST("/api/editor/documents", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).basicAuth(editor, Fixtures.EDITOR_PASSWORD), Map.class);

        List<?> rows = (List<?>) report.get("rows");
        Map<?, ?> imported = (Map<?, ?>) rows.get(0);
        Map<?, ?> failed = (Map<?, ?>) rows.get(1);
        assertEquals("IMPORTED", imported.get("outcome"));
        assertEquals(2, imported.get("pagesAdded"));
        assertEquals("FAILED", failed.get("outcome"));
        assertTrue(String.valueOf(failed.get("message")).contains("not a readable PDF"), failed.toString());
        assertTrue(http.toBlocking().retrieve("/members/" + Slugs.of(member)).contains("march-claim"));
    }

    @Test
    void onTheDeskAnUploadShowsItsProgressPageUntilTheReportIsThere() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        Path letter = files.pdf("long-letter.pdf", 6);
        String member = "Desk Upload " + UUID.randomUUID().toString().substring(0, 6);
        Browser desk = new Browser(http);
        desk.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);
        MultipartBody body = MultipartBody.builder().addPart("member", member)
                .addPart("files", "long-letter.pdf", MediaType.of("application/pdf"), letter.toFile()).build();

        HttpResponse<String> refused = send(HttpRequest.POST("/editor/upload", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header(HttpHeaders.COOKIE, "JWT=" + desk.cookie("JWT")));
        HttpResponse<String> accepted = send(HttpRequest.POST("/editor/upload", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header(HttpHeaders.COOKIE, "JWT=" + desk.cookie("JWT")).header(CsrfGuard.HEADER, desk.formToken()));

        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus(), "an upload without the desk's token is refused");
        assertEquals(HttpStatus.SEE_OTHER, accepted.getStatus());
        String progressPage = accepted.getHeaders().get(HttpHeaders.LOCATION);
        assertTrue(progressPage.startsWith("/editor/uploads/"), progressPage);
        Browser.Page page = desk.open(progressPage);
        for (int tries = 0; page.html().contains("http-equiv=\"refresh\"") && tries < 300; tries++) {
            assertTrue(page.html().contains("files done"), "while it runs the page shows how far it is: " + page.html());
            Thread.sleep(100);
            page = desk.open(progressPage);
        }
        assertTrue(page.html().contains("1 documents imported with 6 pages"), page.html());
        Map<?, ?> status = http.toBlocking().retrieve(HttpRequest.GET("/api/editor/uploads/" + progressPage.substring(progressPage.lastIndexOf('/') + 1))
                .basicAuth(fixtures.editor(), Fixtures.EDITOR_PASSWORD), Map.class);
        assertEquals(Map.of("done", true, "filesDone", 1, "pagesRendered", 6),
                Map.of("done", status.get("done"), "filesDone", status.get("filesDone"), "pagesRendered", status.get("pagesRendered")));
        assertTrue(http.toBlocking().retrieve("/members/" + Slugs.of(member)).contains("long-letter"));
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
