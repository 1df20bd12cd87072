package docket.denorm;

import docket.assignment.AssignmentRepository;
import docket.assignment.ScopeQueries;
import docket.events.AssignmentChanged;
import docket.events.PagesDeleted;
import docket.events.PagesImported;
import docket.events.ReviewRecorded;
import docket.events.ReviewerBanned;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The copies in Redis, written once the transaction that changed the truth has committed: a review or an
 * import is applied incrementally, an editor's change (a ban, a deletion, a change of scope) rebuilds the
 * assignments it touched, and the leaderboards it changed are dropped. While Redis is away, {@link RedisGate}
 * notes the missed writes and the sets are rebuilt when it is back. Each method follows
 * {@link KeyFamily#writtenBy} its event.
 */
@Singleton
class RedisCopies {

    private static final Logger LOG = LoggerFactory.getLogger(RedisCopies.class);

    private final AssignmentSets sets;
    private final RedisGate gate;
    private final RedisCommands<String, String> redis;
    private final Denormalizer denormalizer;
    private final ScopeQueries scope;
    private final AssignmentRepository assignments;
    private final LocalLeases localLeases;
    private final Watermark watermark;
    private final Duration lease;

    RedisCopies(AssignmentSets sets, RedisGate gate, StatefulRedisConnection<String, String> connection, Denormalizer denormalizer,
                ScopeQueries scope, AssignmentRepository assignments, LocalLeases localLeases, Watermark watermark,
                @Value("${docket.next.lease}") Duration lease) {
        this.sets = sets;
        this.gate = gate;
        this.redis = connection.sync();
        this.denormalizer = denormalizer;
        this.scope = scope;
        this.assignments = assignments;
        this.localLeases = localLeases;
        this.watermark = watermark;
        this.lease = lease;
    }

    /**
     * In every assignment whose scope holds the page: the reviewer has seen it, it may now be done, and the
     * reviewer's hold ends, so that another reviewer may have it at once if it needs more reviews.
     */
    @TransactionalEventListener
    void reviewed(ReviewRecorded event) {
        apply(event, () -> {
            List<ScopeQueries.Containing> containing = scope.assignmentsContaining(event.pageId());
            int counted = containing.isEmpty() ? 0 : scope.countingReviews(event.pageId());
            boolean reached = true;
            for (ScopeQueries.Containing assignment : containing) {
                localLeases.release(assignment.id(), event.pageId(), event.holder(), counted, lease);
                reached &= gate.write(() -> sets.reviewed(assignment.id(), event.pageId(), event.reviewerId(),
                        counted >= assignment.threshold(), counted, event.holder(), lease));
            }
            return reached;
        });
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_ROLLBACK)
    void notReviewed(ReviewRecorded event) {
        watermark.abandon(event);
    }

    @TransactionalEventListener
    void banned(ReviewerBanned event) {
        dropLeaderboards();
        rebuild(scope.assignmentsReviewedBy(event.reviewerId()));
    }

    @TransactionalEventListener
    void deleted(PagesDeleted event) {
        dropLeaderboards();
        rebuild(event.assignments());
    }

    /** Nobody has reviewed the new pages: they are open in every assignment whose scope holds them. */
    @TransactionalEventListener
    void imported(PagesImported event) {
        apply(event, () -> {
            List<ScopeQueries.Containing> containing = scope.assignmentsContainingDocument(event.documentId());
            List<Long> pages = containing.isEmpty() ? List.of() : scope.pagesOfDocument(event.documentId());
            boolean reached = true;
            for (ScopeQueries.Containing assignment : containing) {
                reached &= gate.write(() -> sets.added(assignment.id(), pages));
            }
            return reached;
        });
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_ROLLBACK)
    void notImported(PagesImported event) {
        watermark.abandon(event);
    }

    @TransactionalEventListener
    void changed(AssignmentChanged event) {
        String board = RedisKeys.assignmentBoard(event.assignmentId());
        gate.call(() -> redis.del(RedisKeys.leaders(board), RedisKeys.leadersRefresh(board)));
        rebuild(List.of(event.assignmentId()));
    }

    /**
     * Applies a committed change to Redis and releases its hold on the watermark. The change is already
     * the truth, so a failure here (MySQL away just after the commit) must not fail the request: the gate
     * then rebuilds every assignment, as after missed writes.
     */
    private void apply(Object change, BooleanSupplier writes) {
        boolean reached = false;
        try {
            reached = writes.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("A committed change could not be applied to Redis; the sets will be rebuilt: {}", e.getMessage());
            gate.missedWrite();
        } finally {
            watermark.end(change, reached);
        }
    }

    // If Redis is away, or MySQL just after the commit, the gate rebuilds every assignment once it is back.
    private void rebuild(List<Long> assignmentIds) {
        try {
            assignments.findByIdIn(assignmentIds).forEach(a -> gate.write(() -> denormalizer.rebuild(a)));
        } catch (RuntimeException e) {
            LOG.warn("A committed change could not be applied to Redis; the sets will be rebuilt: {}", e.getMessage());
            gate.missedWrite();
        }
    }

    /** Every board, and the recounts in flight: a board dropped meanwhile is not brought back stale. */
    private void dropLeaderboards() {
        gate.call(() -> {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(RedisKeys.ALL_LEADERS).limit(1000));
                if (!page.getKeys().isEmpty()) {
                    redis.del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
            return null;
        });
    }
}
