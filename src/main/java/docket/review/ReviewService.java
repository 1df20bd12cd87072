package docket.review;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.Problem;
import docket.web.Visitor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.SQLTransactionRollbackException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records a reviewer's verdict on a page: validated, then written to MySQL, whose copies follow the
 * review as it commits (the page leaves every "open" set the moment it is done).
 */
@Singleton
public class ReviewService {

    private static final int DEADLOCK_ATTEMPTS = 3;

    private final ReviewStore store;
    private final TagRepository tags;
    private final AssignmentRepository assignments;

    ReviewService(ReviewStore store, TagRepository tags, AssignmentRepository assignments) {
        this.store = store;
        this.tags = tags;
        this.assignments = assignments;
    }

    /** What the reviewer sends: tag slugs, the "investigate this" flag, or a skip. */
    public record Verdict(List<String> tags, boolean interesting, boolean skip) {
    }

    /** The recorded review, and the visitor, now with a reviewer if this was their first review. */
    public record Submitted(long reviewId, Visitor visitor) {
    }

    public Submitted submit(long pageId, Visitor visitor, @Nullable String assignmentSlug, Verdict verdict) {
        List<Tag> chosen = validate(verdict);
        Assignment assignment = assignmentSlug == null || assignmentSlug.isBlank() ? null
                : assignments.findBySlug(assignmentSlug).orElseThrow(() -> Problem.unprocessable("There is no assignment " + assignmentSlug + "."));
        Review review = insertRetryingDeadlocks(pageId, visitor, assignment == null ? null : assignment.id(), chosen, verdict);
        return new Submitted(review.id(), visitor.withReviewer(review.reviewerId()));
    }

    /**
     * MySQL may pick a review as the victim of a deadlock with another writer of the same rows (an editor
     * recounting an assignment): the whole transaction is rolled back, so it is simply written again.
     */
    private Review insertRetryingDeadlocks(long pageId, Visitor visitor, @Nullable Long assignmentId, List<Tag> chosen, Verdict verdict) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.insert(pageId, visitor, assignmentId, chosen, verdict.interesting(), verdict.skip());
            } catch (DataAccessException e) {
                if (attempt == DEADLOCK_ATTEMPTS || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private List<Tag> validate(Verdict verdict) {
        Set<String> slugs = new LinkedHashSet<>(verdict.tags());
        if (verdict.skip()) {
            if (!slugs.isEmpty() || verdict.interesting()) {
                throw Problem.unprocessable("A skipped page has no tags and no flag: either skip it or review it.");
            }
            return List.of();
        }
        if (slugs.isEmpty() && !verdict.interesting()) {
            throw Problem.unprocessable("Choose at least one tag, flag the page with \"investigate this\", or skip it.");
        }
        List<Tag> found = slugs.isEmpty() ? List.of() : tags.findBySlugIn(slugs).stream().filter(Tag::active).toList();
        Set<String> known = found.stream().map(Tag::slug).collect(Collectors.toSet());
        List<String> unknown = slugs.stream().filter(s -> !known.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw Problem.unprocessable("Unknown or retired tag: " + String.join(", ", unknown) + ".");
        }
        return found;
    }
}
