package docket.review;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.ScopeQueries;
import docket.next.NextPageService;
import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.Problem;
import docket.web.Visitor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records a reviewer's verdict on a page: validated, written to MySQL, then reflected in the Redis
 * sets of every assignment whose scope holds the page (the page leaves "open" the moment it is done).
 */
@Singleton
public class ReviewService {

    private final ReviewStore store;
    private final TagRepository tags;
    private final AssignmentRepository assignments;
    private final ScopeQueries scope;
    private final NextPageService next;

    ReviewService(ReviewStore store, TagRepository tags, AssignmentRepository assignments, ScopeQueries scope,
                  NextPageService next) {
        this.store = store;
        this.tags = tags;
        this.assignments = assignments;
        this.scope = scope;
        this.next = next;
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
        Review review = store.insert(pageId, visitor, assignment == null ? null : assignment.id(), chosen,
                verdict.interesting(), verdict.skip());
        Visitor reviewer = visitor.withReviewer(review.reviewerId());
        List<ScopeQueries.Containing> containing = scope.assignmentsContaining(pageId);
        int counting = verdict.skip() || containing.isEmpty() ? 0 : scope.countingReviews(pageId);
        for (ScopeQueries.Containing each : containing) {
            next.reviewed(each.id(), pageId, reviewer, counting, !verdict.skip() && counting >= each.threshold());
        }
        return new Submitted(review.id(), reviewer);
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
