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

/** The audit log, newest first, on the desk and in the editor API; only editors get here (application.yml). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditRepository audit;

    AuditController(AuditRepository audit) {
        this.audit = audit;
    }

    /** One page of entries and the cursor of the next (older) page, or null at the end. */
    @Serdeable
    @Introspected
    record AuditPage(List<AuditLine> items, @Nullable String next) {
    }

    @Get("/api/editor/audit")
    AuditPage api(@QueryValue @Nullable Long after, @QueryValue @Nullable Integer limit) {
        return page(after, Paging.limit(limit));
    }

    @View("editor/audit")
    @Hidden
    @Get("/editor/audit")
    AuditPage screen(@QueryValue @Nullable Long after) {
        return page(after, Paging.PAGE);
    }

    private AuditPage page(@Nullable Long after, int limit) {
        List<AuditLine> items = audit.newestBelow(Paging.below(after), limit);
        return new AuditPage(items, Paging.next(items, limit, AuditLine::id));
    }
}
