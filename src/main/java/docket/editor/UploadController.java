package docket.editor;

import docket.catalog.ImportFailure;
import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.catalog.Importer;
import docket.catalog.RowResult;
import docket.web.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Upload from the desk: the PDFs become documents of one member through the same import pipeline
 * as {@code tools/import} (a manifest is written for them), and each file's outcome is reported.
 * The size limit is Micronaut's {@code micronaut.server.multipart.max-file-size}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class UploadController {

    private final Importer importer;
    private final Audit audit;

    UploadController(Importer importer, Audit audit) {
        this.importer = importer;
        this.audit = audit;
    }

    @Introspected
    record UploadView(String summary, List<RowResult> rows) {
    }

    @View("editor/uploaded")
    @Post(value = "/editor/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    UploadView fromDesk(@Body MultipartBody body, Authentication editor) {
        ImportReport report = upload(body, editor);
        return new UploadView(report.summary(), report.rows());
    }

    @Post(value = "/api/editor/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    ImportReport api(@Body MultipartBody body, Authentication editor) {
        return upload(body, editor);
    }

    // Several files under one name: read the whole body (this runs on a blocking thread).
    private ImportReport upload(MultipartBody body, Authentication editor) {
        String party = null;
        String member = null;
        List<CompletedFileUpload> files = new ArrayList<>();
        for (CompletedPart part : Flux.from(body).collectList().block()) {
            if (part instanceof CompletedFileUpload file) {
                files.add(file);
            } else if ("party".equals(part.getName())) {
                party = text(part);
            } else if ("member".equals(part.getName())) {
                member = text(part);
            }
        }
        if (member == null || member.isBlank()) {
            throw Problem.unprocessable("Name the member the documents belong to.");
        }
        return upload(party, member.trim(), files, editor);
    }

    private ImportReport upload(@Nullable String party, String member, List<CompletedFileUpload> files, Authentication editor) {
        if (files.isEmpty()) {
            throw Problem.unprocessable("Choose at least one PDF to upload.");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("docket-upload");
            Path manifest = dir.resolve("manifest.csv");
            try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("party", "member", "document", "path").get()
                    .print(manifest, StandardCharsets.UTF_8)) {
                int n = 0;
                for (CompletedFileUpload file : files) {
                    String name = Path.of(file.getFilename()).getFileName().toString();
                    Path saved = dir.resolve((++n) + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
                    Files.copy(file.getInputStream(), saved);
                    csv.printRecord(party == null ? "" : party, member, name.replaceAll("(?i)\\.pdf$", ""), saved.getFileName());
                }
            }
            ImportReport report = importer.importManifest(manifest, ImportProgress.SILENT);
            audit.record(editor.getName(), "documents.upload", "member", member, null, report.summary());
            return report;
        } catch (ImportFailure e) {
            throw Problem.unprocessable(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the uploaded files", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String text(CompletedPart part) {
        try {
            return new String(part.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
