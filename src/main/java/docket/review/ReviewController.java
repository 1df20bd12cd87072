package docket.review;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentWithProgress;
import docket.catalog.CatalogQueries;
import docket.catalog.PageDetail;
import docket.next.NextPageService;
import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.NotFound;
import docket.web.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review screen: one page at a time from the visitor's current assignment, then straight to the next. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    static final String ASSIGNMENT_COOKIE = "docket_assignment";

    private static final Map<String, String> NOTICES = Map.of(
            "already", "You had already reviewed that page, so your first review stands. Here is another one.",
            "gone", "That page was removed while you were looking at it. Here is the next one.",
            "empty", "Tick at least one tag, flag the page with \"investigate this\", or skip it.",
            "unknown-tag", "That tag is no longer in use. Please choose again.");

    private final AssignmentRepository assignments;
    private final NextPageService next;
    private final ReviewService reviews;
    private final CatalogQueries catalog;
    private final TagRepository tags;
    private final VisitorCookie cookie;

    ReviewController(AssignmentRepository assignments, NextPageService next, ReviewService reviews,
                     CatalogQueries catalog, TagRepository tags, VisitorCookie cookie) {
        this.assignments = assignments;
        this.next = next;
        this.reviews = reviews;
        this.catalog = catalog;
        this.tags = tags;
        this.cookie = cookie;
    }

    @Introspected
    record ReviewView(Assignment assignment, PageDetail page, List<Tag> tags, AssignmentProgress progress,
                      @Nullable String notice, String csrf) {
    }

    @Introspected
    record DoneView(Assignment assignment, List<AssignmentWithProgress> others) {
    }

    @Serdeable
    record ReviewForm(@Nullable List<String> tags, @Nullable String interesting, @Nullable String skip, @Nullable String csrf) {
    }

    /** "Start reviewing": remembers the assignment for this browser and shows its first page. */
    @Get("/assignments/{slug}/review")
    HttpResponse<?> start(String slug) {
        Assignment assignment = openAssignment(slug);
        return HttpResponse.seeOther(URI.create("/review"))
                .cookie(Cookie.of(ASSIGNMENT_COOKIE, assignment.slug()).path("/").httpOnly(true).sameSite(SameSite.Lax));
    }

    @Get("/review")
    HttpResponse<?> review(HttpRequest<?> request, @QueryValue @Nullable Long page, @QueryValue @Nullable String notice) {
        Optional<Assignment> current = request.getCookies().findCookie(ASSIGNMENT_COOKIE)
                .flatMap(c -> assignments.findOpen(c.getValue()));
        if (current.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/"));
        }
        Assignment assignment = current.get();
        Visitor visitor = cookie.read(request);
        // A page sent back after an incomplete form is shown again; otherwise the next button decides.
        Optional<PageDetail> shown = page == null ? Optional.empty() : catalog.page(page);
        if (shown.isEmpty()) {
            shown = nextPage(assignment, visitor);
        }
        MutableHttpResponse<?> response = shown
                .<MutableHttpResponse<?>>map(p -> HttpResponse.ok(new ModelAndView<>("review/page",
                        new ReviewView(assignment, p, tags.findByActiveTrueOrderByPosition(), next.progress(assignment),
                                notice == null ? null : NOTICES.get(notice), cookie.formToken(visitor)))))
                .orElseGet(() -> HttpResponse.ok(new ModelAndView<>("review/done", new DoneView(assignment, others(assignment)))));
        return cookie.write(response, visitor);
    }

    @Post("/review/{pageId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(long pageId, @Nullable @Body ReviewForm body, HttpRequest<?> request) {
        ReviewForm form = body == null ? new ReviewForm(null, null, null, null) : body;
        String assignment = request.getCookies().findCookie(ASSIGNMENT_COOKIE).map(Cookie::getValue).orElse(null);
        Visitor visitor = cookie.read(request);
        // Refused before anything is written, the visitor's cookie included.
        if (!cookie.formTokenMatches(visitor, form.csrf())) {
            throw Problem.forbidden("Refused: this review form is out of date or was not sent from Docket's own page. "
                    + "Reload the page and review it again.");
        }
        String after = "/review";
        try {
            visitor = reviews.submit(pageId, visitor, assignment, new ReviewService.Verdict(
                    form.tags() == null ? List.of() : form.tags(), form.interesting() != null, form.skip() != null)).visitor();
        } catch (NotFound e) {
            after = "/review?notice=gone";
        } catch (Problem e) {
            after = e.status() == HttpStatus.CONFLICT ? "/review?notice=already"
                    : "/review?page=" + pageId + "&notice=" + (form.tags() == null || form.tags().isEmpty() ? "empty" : "unknown-tag");
        }
        return cookie.write(HttpResponse.seeOther(URI.create(after)), visitor);
    }

    // A page deleted between its selection and now is simply passed over.
    private Optional<PageDetail> nextPage(Assignment assignment, Visitor visitor) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Long> id = next.next(assignment, visitor);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Optional<PageDetail> page = catalog.page(id.get());
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }

    private Assignment openAssignment(String slug) {
        return assignments.findOpen(slug).orElseThrow(() -> NotFound.of("open assignment", slug));
    }

    private List<AssignmentWithProgress> others(Assignment current) {
        return assignments.findOpen().stream()
                .filter(a -> !a.id().equals(current.id()))
                .map(a -> new AssignmentWithProgress(a, next.progress(a)))
                .toList();
    }
}
