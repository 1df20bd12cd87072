package docket.results;

import docket.catalog.PageJson;
import docket.web.Problem;
import docket.web.PublicUrl;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Instant;
import java.util.List;

/**
 * Every tag list as JSON ({@code {items, next}}), CSV ({@code format=csv}, every row after the
 * cursor, streamed) or Atom ({@code format=atom}, the pages that entered the list last).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultsApiController {

    static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");
    static final MediaType ATOM = MediaType.of("application/atom+xml;charset=utf-8");

    private final TagLists lists;
    private final PublicUrl site;

    ResultsApiController(TagLists lists, PublicUrl site) {
        this.lists = lists;
        this.site = site;
    }

    @Serdeable
    record ItemJson(PageJson page, long count, Instant firstTaggedAt) {
    }

    @Serdeable
    record ListJson(List<ItemJson> items, @Nullable String next) {
    }

    /**
     * The pages reviewers gave the tag.
     *
     * @param order  {@code most-tagged} (default) or {@code in-order}
     * @param limit  items per page
     * @param after  the {@code next} of the previous page
     * @param format {@code json} (default), {@code csv} or {@code atom}
     */
    @ApiResponse(responseCode = "200", description = "A page of the list, or the list as CSV or Atom.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListJson.class)),
            @Content(mediaType = "text/csv"), @Content(mediaType = "application/atom+xml")})
    @ApiResponse(responseCode = "400", description = "An unusable order, limit, after or format.")
    @ApiResponse(responseCode = "404", description = "No such tag, or nothing of that key.")
    @Get("/tags/{tag}/pages")
    HttpResponse<?> all(String tag, @QueryValue @Nullable String order, @QueryValue @Nullable Integer limit,
                        @QueryValue @Nullable String after, @QueryValue @Nullable String format) {
        return answer(lists.find(null, null, tag), order, limit, after, format);
    }

    /**
     * The pages reviewers gave the tag within a party, member, document, assignment or reviewer.
     *
     * @param key    the party's, member's, assignment's or reviewer's slug, or the document's id
     * @param order  {@code most-tagged} (default) or {@code in-order}
     * @param limit  items per page
     * @param after  the {@code next} of the previous page
     * @param format {@code json} (default), {@code csv} or {@code atom}
     */
    @ApiResponse(responseCode = "200", description = "A page of the list, or the list as CSV or Atom.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListJson.class)),
            @Content(mediaType = "text/csv"), @Content(mediaType = "application/atom+xml")})
    @ApiResponse(responseCode = "400", description = "An unusable order, limit, after or format.")
    @ApiResponse(responseCode = "404", description = "No such tag, or nothing of that key.")
    @Get("/{segment}/{key}/tags/{tag}/pages")
    HttpResponse<?> narrowed(@Schema(allowableValues = {"parties", "members", "documents", "assignments", "reviewers"}) String segment, String key, String tag, @QueryValue @Nullable String order,
                             @QueryValue @Nullable Integer limit, @QueryValue @Nullable String after,
                             @QueryValue @Nullable String format) {
        return answer(lists.find(segment, key, tag), order, limit, after, format);
    }

    private HttpResponse<?> answer(TagList list, @Nullable String orderParam, @Nullable Integer limit, @Nullable String after,
                                   @Nullable String format) {
        ListOrder order = ListOrder.of(orderParam);
        int size = limit == null ? TagLists.DEFAULT_LIMIT : limit;
        String base = site.base();
        return switch (format == null ? "json" : format) {
            case "json" -> {
                TagLists.Page page = lists.page(list, order, after, size);
                yield HttpResponse.ok(new ListJson(page.items().stream()
                        .map(item -> new ItemJson(item.json(), item.count(), item.firstTaggedAt())).toList(), page.next()));
            }
            case "csv" -> HttpResponse.ok(CsvExport.of(lists, list, order, after, base)).contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(list, order) + ".csv\"");
            case "atom" -> HttpResponse.ok(AtomFeed.of(list, lists.latest(list, size), base)).contentType(ATOM);
            default -> throw Problem.badRequest("format is json, csv or atom, not " + format + ".");
        };
    }

    /** e.g. {@code docket-members-jane-doe-receipt-in-order}. */
    private static String fileName(TagList list, ListOrder order) {
        return ("docket" + list.path().replace("/tags/", "/") + "-" + order.param()).replaceAll("[^A-Za-z0-9-]+", "-");
    }
}
