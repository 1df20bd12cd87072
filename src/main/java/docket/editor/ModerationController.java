package docket.editor;

import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.Map;

/** Moderation on the desk (forms) and in the editor API; only editors get here (application.yml). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController {

    private final ModerationDesk desk;

    ModerationController(ModerationDesk desk) {
        this.desk = desk;
    }

    @Serdeable
    record ModerationForm(@Nullable String reviewer, @Nullable String action, @Nullable Long page, @Nullable Long document) {
    }

    @Hidden
    @Post("/editor/moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> fromDesk(@Body ModerationForm form, Authentication editor) {
        switch (form.action() == null ? "" : form.action()) {
            case "ban" -> desk.ban(editor.getName(), reviewer(form.reviewer()), true);
            case "unban" -> desk.ban(editor.getName(), reviewer(form.reviewer()), false);
            case "delete-page" -> desk.deletePage(editor.getName(), number(form.page(), "page"));
            case "delete-document" -> desk.deleteDocument(editor.getName(), number(form.document(), "document"));
            default -> throw Problem.unprocessable("Unknown moderation action " + form.action() + ".");
        }
        return HttpResponse.seeOther(URI.create("/editor#moderation"));
    }

    @Post("/api/editor/reviewers/{name}/ban")
    Map<String, Object> ban(String name, Authentication editor) {
        return Map.of("reviewer", desk.ban(editor.getName(), name, true), "banned", true);
    }

    @Post("/api/editor/reviewers/{name}/unban")
    Map<String, Object> unban(String name, Authentication editor) {
        return Map.of("reviewer", desk.ban(editor.getName(), name, false), "banned", false);
    }

    @ApiResponse(responseCode = "204", description = "Deleted, with its reviews.")
    @Delete("/api/editor/pages/{id}")
    HttpResponse<?> deletePage(long id, Authentication editor) {
        desk.deletePage(editor.getName(), id);
        return HttpResponse.noContent();
    }

    @ApiResponse(responseCode = "204", description = "Deleted, with its reviews.")
    @Delete("/api/editor/documents/{id}")
    HttpResponse<?> deleteDocument(long id, Authentication editor) {
        desk.deleteDocument(editor.getName(), id);
        return HttpResponse.noContent();
    }

    private static String reviewer(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw Problem.unprocessable("Give the name of the reviewer, like anon-12.");
        }
        return name.trim();
    }

    private static long number(@Nullable Long number, String what) {
        if (number == null) {
            throw Problem.unprocessable("Give the number of the " + what + " to delete: it is shown on the " + what + "'s screen.");
        }
        return number;
    }
}
