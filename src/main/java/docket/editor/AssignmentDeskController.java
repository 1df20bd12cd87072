package docket.editor;

import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.catalog.CatalogQueries;
import docket.catalog.ScopeMatch;
import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Assignments on the desk (forms) and in the editor API (JSON); only editors get here (application.yml). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentDeskController {

    private final AssignmentDesk desk;
    private final CatalogQueries catalog;

    AssignmentDeskController(AssignmentDesk desk, CatalogQueries catalog) {
        this.desk = desk;
        this.catalog = catalog;
    }

    /** The desk's form: scope fields are comma-separated party slugs, member slugs and document ids. */
    @Serdeable
    record AssignmentForm(@Nullable String slug, @Nullable String title, @Nullable String description,
                          @Nullable Integer threshold, @Nullable String state, @Nullable String featured,
                          @Nullable Integer featurePosition, @Nullable String parties, @Nullable String members,
                          @Nullable String documents) {

        AssignmentDesk.Request request() {
            return new AssignmentDesk.Request(slug, title, description, threshold,
                    state == null ? null : AssignmentState.of(state), featured == null ? null : Featuring.of(featured), featurePosition,
                    new AssignmentDesk.Scope(list(parties), list(members), list(documents).stream().map(AssignmentForm::id).toList()));
        }

        private static List<String> list(@Nullable String commaSeparated) {
            return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split("[,\\s]+")).filter(v -> !v.isBlank()).toList();
        }

        private static long id(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw Problem.unprocessable("Documents are given by their numbers, like 12, 40: " + value + " is not one.");
            }
        }
    }

    @Hidden
    @Post("/editor/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createFromDesk(@Body AssignmentForm form, Authentication editor) {
        desk.create(editor.getName(), form.request());
        return HttpResponse.seeOther(URI.create("/editor#assignments"));
    }

    @Hidden
    @Post("/editor/assignments/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeFromDesk(String slug, @Body AssignmentForm form, Authentication editor) {
        desk.change(editor.getName(), slug, form.request());
        return HttpResponse.seeOther(URI.create("/editor#assignments"));
    }

    @Get("/api/editor/assignments")
    List<AssignmentDesk.Detail> all() {
        return desk.all();
    }

    /** The scope picker: parties, members and documents whose name contains the text, or the document of that number. */
    @Get("/api/editor/scope-search{?q}")
    List<ScopeMatch> scopeSearch(@Nullable String q) {
        return catalog.scopeMatches(q == null ? "" : q);
    }

    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/editor/assignments")
    HttpResponse<AssignmentDesk.Detail> create(@Body AssignmentDesk.Request request, Authentication editor) {
        return HttpResponse.status(HttpStatus.CREATED).body(desk.create(editor.getName(), request));
    }

    @Patch("/api/editor/assignments/{slug}")
    AssignmentDesk.Detail change(String slug, @Body AssignmentDesk.Request request, Authentication editor) {
        return desk.change(editor.getName(), slug, request);
    }
}
