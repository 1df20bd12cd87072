package docket.editor;

import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.web.NotFound;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Upload from the desk (imported in the background, with a progress page) and from the API (answered
 * when imported). The size limit is Micronaut's {@code micronaut.server.multipart.max-file-size}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class UploadController {

    private static final int REFRESH_SECONDS = 1;

    private final Uploads uploads;

    UploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    /** The progress page reloads itself every {@code refreshSeconds} until the upload is done. */
    @Introspected
    record UploadView(Upload.Status upload, @Nullable Integer refreshSeconds) {
    }

    @Hidden
    @Post(value = "/editor/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> fromDesk(@Body MultipartBody body, Authentication editor) {
        Upload upload = uploads.start(editor.getName(), stage(body));
        return HttpResponse.seeOther(URI.create("/editor/uploads/" + upload.id()));
    }

    @View("editor/uploaded")
    @Hidden
    @Get("/editor/uploads/{id}")
    UploadView progress(String id) {
        Upload.Status status = status(id);
        return new UploadView(status, status.done() ? null : REFRESH_SECONDS);
    }

    @Post(value = "/api/editor/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    ImportReport api(@Body MultipartBody body, Authentication editor) {
        return uploads.run(editor.getName(), stage(body), ImportProgress.SILENT);
    }

    @Get("/api/editor/uploads/{id}")
    Upload.Status status(String id) {
        return uploads.find(id).map(Upload::status)
                .orElseThrow(() -> NotFound.of("upload", id));
    }

    // Several files under one name: read the whole body (this runs on a blocking thread).
    private Uploads.Staged stage(MultipartBody body) {
        String party = null;
        String member = null;
        List<CompletedFileUpload> files = new ArrayList<>();
        for (CompletedPart part : Flux.from(body).collectList().block()) {
            if (part instanceof CompletedFileUpload file) {
                if (!file.getFilename().isBlank()) { // a browser sends an empty part for an empty file field
                    files.add(file);
                }
            } else if ("party".equals(part.getName())) {
                party = text(part);
            } else if ("member".equals(part.getName())) {
                member = text(part);
            }
        }
        return uploads.stage(party, member, files);
    }

    private static String text(CompletedPart part) {
        try {
            return new String(part.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
