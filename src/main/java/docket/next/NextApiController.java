package docket.next;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.AssignmentRepository;
import docket.assignment.Featuring;
import docket.catalog.CatalogQueries;
import docket.catalog.PageJson;
import docket.web.NotFound;
import docket.web.Visitor;
import docket.web.VisitorCookie;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.List;
import java.util.Optional;

@Controller("/api/assignments")
@ExecuteOn(TaskExecutors.BLOCKING)
class NextApiController {

    private final AssignmentRepository assignments;
    private final NextPageService next;
    private final CatalogQueries catalog;
    private final VisitorCookie cookie;
    private final NextSettings settings;

    NextApiController(AssignmentRepository assignments, NextPageService next, CatalogQueries catalog, VisitorCookie cookie,
                      NextSettings settings) {
        this.assignments = assignments;
        this.next = next;
        this.catalog = catalog;
        this.cookie = cookie;
        this.settings = settings;
    }

    @Serdeable
    record AssignmentJson(String slug, String title, int threshold, Featuring featured, long total, long done) {
    }

    @Serdeable
    record NextJson(PageJson page, AssignmentProgress progress) {
    }

    /** The open assignments, featured ones first. */
    @Get
    List<AssignmentJson> open() {
        return assignments.findOpen().stream().map(a -> {
            AssignmentProgress progress = next.progress(a);
            return new AssignmentJson(a.slug(), a.title(), a.threshold(), a.featured(), progress.total(), progress.done());
        }).toList();
    }

    /**
     * 200 with a page this visitor has not reviewed; 204 with Retry-After while every page left is held
     * by as many reviewers as it still needs; 204 without it when nothing is left for them.
     */
    @ApiResponse(responseCode = "200", description = "A page to review.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "204", description = "With a Retry-After header (seconds): the last pages are being "
            + "reviewed by as many reviewers as they need; ask again then, one may have been freed. "
            + "Without it: nothing is left for this reviewer.")
    @ApiResponse(responseCode = "404", description = "No open assignment of that slug.")
    @Post("/{slug}/next")
    HttpResponse<NextJson> next(String slug, HttpRequest<?> request) {
        Assignment assignment = assignments.findOpen(slug)
                .orElseThrow(() -> NotFound.of("open assignment", slug));
        Visitor visitor = cookie.read(request);
        NextPage picked = next.next(assignment, visitor);
        if (picked instanceof NextPage.AllHeld) {
            return cookie.write(HttpResponse.<NextJson>noContent()
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(settings.retryAfter().toSeconds())), visitor);
        }
        Optional<NextJson> page = (picked instanceof NextPage.Page p ? Optional.of(p.id()) : Optional.<Long>empty())
                .flatMap(catalog::page)
                .map(p -> new NextJson(PageJson.of(p), next.progress(assignment)));
        return cookie.write(page.<io.micronaut.http.MutableHttpResponse<NextJson>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::noContent), visitor);
    }
}
