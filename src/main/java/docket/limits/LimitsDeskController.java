package docket.limits;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

import java.time.Instant;
import java.util.List;

/** The editors' view of who is being limited (editors only, by application.yml's intercept-url-map). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LimitsDeskController {

    private static final int SHOWN = 200;

    private final Refusals refusals;
    private final ReviewerRepository reviewers;
    private final LimitSettings settings;

    LimitsDeskController(Refusals refusals, ReviewerRepository reviewers, LimitSettings settings) {
        this.refusals = refusals;
        this.reviewers = reviewers;
        this.settings = settings;
    }

    @Introspected
    record RefusalLine(String who, String limit, long count, Instant last) {
    }

    @Introspected
    record LimitsView(boolean enabled, List<RefusalLine> items) {
    }

    @View("editor/limits")
    @Get("/editor/limits")
    LimitsView limits() {
        return new LimitsView(settings.enabled(), refusals.recent(SHOWN).stream()
                .map(r -> new RefusalLine(who(r.subject()), r.limit().description(), r.count(), r.last()))
                .toList());
    }

    /** {@code address:IP}, {@code reviewer:ID} or {@code visitor:TOKEN}, as an editor would say it. */
    private String who(String subject) {
        int colon = subject.indexOf(':');
        String kind = subject.substring(0, colon);
        String id = subject.substring(colon + 1);
        return switch (kind) {
            case "address" -> "address " + id;
            case "reviewer" -> "reviewer " + reviewers.findById(Long.parseLong(id)).map(Reviewer::name).orElse("#" + id + " (removed)");
            default -> "a browser before its first review (" + id.substring(0, Math.min(8, id.length())) + "…)";
        };
    }
}
