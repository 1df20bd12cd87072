package docket.denorm;

import docket.assignment.ScopeQueries;
import docket.events.AssignmentChanged;
import docket.events.PagesDeleted;
import docket.events.PagesImported;
import docket.events.ReviewRecorded;
import docket.events.ReviewerBanned;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The copies written inside the transaction that changes the truth, so that they never disagree with
 * it: {@code tagged_page} and {@code assignment_open}. Before an editor's change commits, the Redis sets
 * it will rebuild lose their {@code built} mark, so that a crash before the rebuild leaves them to be
 * rebuilt on start rather than trusted. Reviews and imports instead hold back the {@link Watermark}
 * until {@link RedisCopies} has applied them. Each method follows {@link KeyFamily#writtenBy} its event.
 */
@Singleton
class MySqlCopies {

    private final TaggedPages taggedPages;
    private final OpenPages openPages;
    private final ScopeQueries scope;
    private final AssignmentSets sets;
    private final RedisGate redis;
    private final Watermark watermark;

    MySqlCopies(TaggedPages taggedPages, OpenPages openPages, ScopeQueries scope, AssignmentSets sets, RedisGate redis,
                Watermark watermark) {
        this.taggedPages = taggedPages;
        this.openPages = openPages;
        this.scope = scope;
        this.sets = sets;
        this.redis = redis;
        this.watermark = watermark;
    }

    @EventListener
    void reviewed(ReviewRecorded event) {
        if (event.tagged()) {
            taggedPages.reviewed(event.reviewId(), event.at());
        }
        openPages.reviewed(event.pageId());
        watermark.begin(event, event.at());
    }

    @EventListener
    void banned(ReviewerBanned event) {
        taggedPages.recountTaggedBy(event.reviewerId());
        openPages.recountReviewedBy(event.reviewerId());
        unmarkBuilt(scope.assignmentsReviewedBy(event.reviewerId()));
    }

    // The pages' rows in tagged_page and assignment_open go with them (foreign keys).
    @EventListener
    void deleted(PagesDeleted event) {
        unmarkBuilt(event.assignments());
    }

    @EventListener
    void imported(PagesImported event) {
        openPages.imported(event.documentId());
        watermark.begin(event, event.at());
    }

    @EventListener
    void changed(AssignmentChanged event) {
        openPages.rebuild(event.assignmentId());
        unmarkBuilt(List.of(event.assignmentId()));
    }

    private void unmarkBuilt(List<Long> assignments) {
        assignments.forEach(a -> redis.write(() -> sets.unmarkBuilt(a)));
    }
}
