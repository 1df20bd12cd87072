package docket.review;

import docket.catalog.CatalogQueries;
import docket.catalog.PageJson;
import docket.web.NotFound;
import docket.web.VisitorCookie;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Controller("/api/pages")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewApiController {

    private final ReviewService reviews;
    private final ReviewQueries queries;
    private final CatalogQueries catalog;
    private final VisitorCookie cookie;

    ReviewApiController(ReviewService reviews, ReviewQueries queries, CatalogQueries catalog, VisitorCookie cookie) {
        this.reviews = reviews;
        this.queries = queries;
        this.catalog = catalog;
        this.cookie = cookie;
    }

    @Serdeable
    record ReviewJson(@Nullable String assignment, @Nullable List<String> tags, boolean interesting, boolean skip) {
    }

    @Serdeable
    record CreatedJson(long review) {
    }

    @Serdeable
    record PageTalliesJson(PageJson page, Map<String, Long> tallies, long reviews, long skips, long interesting) {
    }

    /** Records this visitor's review of the page. */
    @ApiResponse(responseCode = "201", description = "The review is recorded.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No such page.")
    @ApiResponse(responseCode = "409", description = "A second review of the page by this reviewer.")
    @ApiResponse(responseCode = "422", description = "An unknown or retired tag, or an empty review.")
    @Post("/{id}/reviews")
    HttpResponse<CreatedJson> review(long id, @Body ReviewJson body, HttpRequest<?> request) {
        ReviewService.Submitted submitted = reviews.submit(id, cookie.read(request), body.assignment(),
                new ReviewService.Verdict(body.tags() == null ? List.of() : body.tags(), body.interesting(), body.skip()));
        return cookie.write(HttpResponse.<CreatedJson>status(HttpStatus.CREATED)
                .body(new CreatedJson(submitted.reviewId())), submitted.visitor());
    }

    /** The page with how many reviewers gave each tag, its reviews, skips and "investigate this" flags. */
    @ApiResponse(responseCode = "404", description = "No such page.")
    @Get("/{id}")
    PageTalliesJson page(long id) {
        PageJson page = catalog.page(id).map(PageJson::of).orElseThrow(() -> NotFound.of("page", id));
        Map<String, Long> tallies = new LinkedHashMap<>();
        queries.tallies(id).forEach(t -> tallies.put(t.slug(), t.count()));
        ReviewQueries.Counts counts = queries.counts(id);
        return new PageTalliesJson(page, tallies, counts.reviews(), counts.skips(), counts.interesting());
    }
}
