package docket.review;

import docket.events.ReviewRecorded;
import docket.tag.Tag;
import docket.web.NotFound;
import docket.web.Problem;
import docket.web.Visitor;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes a review with its tags, and the visitor's anon-N reviewer on their first review, in one
 * transaction, and publishes it there for the copies to follow.
 */
@Singleton
class ReviewStore {

    private static final int DUPLICATE_KEY = 1062;
    private static final int NO_SUCH_PARENT = 1452;

    private final ReviewRepository reviews;
    private final ReviewerRepository reviewers;
    private final ApplicationEventPublisher<ReviewRecorded> events;

    ReviewStore(ReviewRepository reviews, ReviewerRepository reviewers, ApplicationEventPublisher<ReviewRecorded> events) {
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.events = events;
    }

    /**
     * Reviews of one page are written one at a time (the page's row is locked first), and each reads the
     * others as committed (the pool's READ COMMITTED), so that the copies written in this transaction count
     * them all: two concurrent last reviews of a page both see that it is done.
     */
    @Transactional
    Review insert(long pageId, Visitor visitor, @Nullable Long assignmentId, List<Tag> tags, boolean interesting, boolean skip) {
        if (reviews.lockPage(pageId).isEmpty()) {
            throw NotFound.of("page", pageId);
        }
        long reviewerId = visitor.reviewerId() != null ? visitor.reviewerId() : newAnonymousReviewer();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Review review;
        try {
            review = reviews.save(new Review(null, pageId, reviewerId, assignmentId, interesting, skip, now));
        } catch (DataAccessException e) {
            // The keys decide: one review per reviewer and page (also when two submissions race), and the
            // page must exist (deleted since it was locked: never, but the key says so). Throwing rolls
            // back a reviewer created for this review.
            switch (sqlError(e)) {
                case DUPLICATE_KEY -> throw Problem.conflict("You have already reviewed this page; your first review stands.");
                case NO_SUCH_PARENT -> throw NotFound.of("page", pageId);
                default -> throw e;
            }
        }
        for (Tag tag : tags) {
            reviews.addTag(review.id(), tag.id(), pageId, now);
        }
        events.publishEvent(new ReviewRecorded(review.id(), pageId, reviewerId, visitor.token(), !tags.isEmpty(), now));
        return review;
    }

    private long newAnonymousReviewer() {
        Reviewer reviewer = reviewers.save(new Reviewer(null, "anon-new-" + UUID.randomUUID(), null, ReviewerRole.REVIEWER, null));
        reviewers.rename(reviewer.id(), "anon-" + reviewer.id());
        return reviewer.id();
    }

    private static int sqlError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException sql) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
