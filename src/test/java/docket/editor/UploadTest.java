package docket.editor;

import docket.Fixtures;
import docket.catalog.Slugs;
import docket.catalog.TestCorpus;
import io.micronaut.http.HttpRequest;
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
}
