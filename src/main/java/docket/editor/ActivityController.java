package docket.editor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;

/** The desk's queues and the stream of every review; only editors get here (application.yml). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivityController {

    private final DeskQueries queries;

    ActivityController(DeskQueries queries) {
        this.queries = queries;
    }

    /** One page of reviews, the cursor of the next (older) page or null, and the filters applied. */
    @Serdeable
    @Introspected
    record ActivityPage(List<DeskQueries.Activity> items, @Nullable String next, Filter filter) {
    }

    @Serdeable
    @Introspected
    record Filter(@Nullable String assignment, @Nullable String tag, @Nullable String reviewer, @Nullable Boolean interesting) {
    }

    @Serdeable
    @Introspected
    record Queues(List<DeskQueries.QueuedPage> investigate, List<DeskQueries.QueuedPage> skipped) {
    }

    @Get("/api/editor/activity")
    ActivityPage api(@QueryValue @Nullable Long after, @QueryValue @Nullable Integer limit, @QueryValue @Nullable String assignment,
                     @QueryValue @Nullable String tag, @QueryValue @Nullable String reviewer, @QueryValue @Nullable Boolean interesting) {
        return page(after, Paging.limit(limit), new Filter(blankToNull(assignment),
                blankToNull(tag), blankToNull(reviewer), interesting));
    }

    @View("editor/activity")
    @Hidden
    @Get("/editor/activity")
    ActivityPage screen(@QueryValue @Nullable Long after, @QueryValue @Nullable String assignment, @QueryValue @Nullable String tag,
                        @QueryValue @Nullable String reviewer, @QueryValue @Nullable Boolean interesting) {
        return api(after, Paging.PAGE, assignment, tag, reviewer, interesting);
    }

    @Get("/api/editor/queues")
    Queues queuesApi() {
        return new Queues(queries.investigateQueue(), queries.skipQueue());
    }

    @View("editor/queues")
    @Hidden
    @Get("/editor/queues")
    Queues queues() {
        return queuesApi();
    }

    private ActivityPage page(@Nullable Long after, int limit, Filter filter) {
        List<DeskQueries.Activity> items = queries.activity(Paging.below(after), filter.assignment(),
                filter.tag(), filter.reviewer(), filter.interesting(), limit);
        return new ActivityPage(items, Paging.next(items, limit, DeskQueries.Activity::id), filter);
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
