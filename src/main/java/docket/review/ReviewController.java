package docket.review;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentWithProgress;
import docket.catalog.CatalogQueries;
import docket.catalog.PageDetail;
import docket.next.NextPage;
import docket.next.NextPageService;
import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.NotFound;
import docket.web.Problem;
import docket.web.Visitor;
import docket.web.VisitorCookie;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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

    /** Every page left is being reviewed by as many reviewers as it needs; one may be freed in a moment. */
    @Introspected
    record HeldView(Assignment assignment, List<AssignmentWithProgress> others) {
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
        Optional<PageDetail> sentBack = page == null ? Optional.empty() : catalog.page(page);
        ModelAndView<Object> screen = sentBack.map(p -> reviewScreen(assignment, p, visitor, notice))
                .orElseGet(() -> nextScreen(assignment, visitor, notice));
        return cookie.write(HttpResponse.ok(screen), visitor);
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

    /**
     * The next page's review screen; or, when every page left is held by as many reviewers as it needs,
     * the "being reviewed" screen; or the done screen. A page deleted since its selection is passed over.
     */
    private ModelAndView<Object> nextScreen(Assignment assignment, Visitor visitor, @Nullable String notice) {
        for (int attempt = 0; attempt < 3; attempt++) {
            NextPage picked = next.next(assignment, visitor);
            if (picked instanceof NextPage.AllHeld) {
                return new ModelAndView<>("review/held", new HeldView(assignment, others(assignment)));
            }
            if (!(picked instanceof NextPage.Page chosen)) {
                break;
            }
            Optional<PageDetail> page = catalog.page(chosen.id());
            if (page.isPresent()) {
                return reviewScreen(assignment, page.get(), visitor, notice);
            }
        }
        return new ModelAndView<>("review/done", new DoneView(assignment, others(assignment)));
    }

    private ModelAndView<Object> reviewScreen(Assignment assignment, PageDetail page, Visitor visitor, @Nullable String notice) {
        return new ModelAndView<>("review/page", new ReviewView(assignment, page, tags.findByActiveTrueOrderByPosition(),
                next.progress(assignment), notice == null ? null : NOTICES.get(notice), cookie.formToken(visitor)));
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
