package docket.denorm;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;

/**
 * The {@code assignment_open} table (family "fallback"): each assignment's open pages inside MySQL, which
 * the next button reads while Redis is away. Written in the transaction of each change to the truth.
 */
@Singleton
class OpenPages {

    private final OpenPageQueries queries;

    OpenPages(OpenPageQueries queries) {
        this.queries = queries;
    }

    void reviewed(long pageId) {
        queries.reviewed(pageId);
    }

    void imported(long documentId) {
        queries.imported(documentId);
    }

    void recountReviewedBy(long reviewerId) {
        queries.closeReviewedBy(reviewerId);
        queries.reopenReviewedBy(reviewerId);
    }

    /** The assignment's rows counted again: after a change of scope or threshold, and as its rebuild. */
    @Transactional
    void rebuild(long assignmentId) {
        queries.forget(assignmentId);
        queries.count(assignmentId);
    }

    Drift verify(AssignmentSets.Truth truth) {
        return Drift.of(truth.open(), new HashSet<>(queries.pages(truth.assignmentId())));
    }
}
