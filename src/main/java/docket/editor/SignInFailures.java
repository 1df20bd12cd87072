package docket.editor;

import docket.review.Reviewer;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailures extends GenericRepository<Reviewer, Long> {

    /**
     * One more failure; a failure after the window has passed starts a new one. MySQL evaluates the
     * assignments left to right, each seeing the ones before it.
     */
    @Query("""
            INSERT INTO sign_in_failure (reviewer_id, failures, window_start) VALUES (:reviewerId, 1, :now)
            ON DUPLICATE KEY UPDATE
                failures = IF(window_start < :windowStartedBefore, 1, failures + 1),
                window_start = IF(failures = 1, :now, window_start)""")
    void count(long reviewerId, Instant now, Instant windowStartedBefore);

    /** Locks the account once it has had too many failures, unless it is locked already. */
    @Query("""
            UPDATE sign_in_failure SET locked_at = :now
            WHERE reviewer_id = :reviewerId AND failures >= :maxFailures AND (locked_at IS NULL OR locked_at <= :lockedBefore)""")
    void lockIfTooMany(long reviewerId, int maxFailures, Instant now, Instant lockedBefore);

    @Query("SELECT EXISTS(SELECT 1 FROM sign_in_failure WHERE reviewer_id = :reviewerId AND locked_at > :lockedBefore)")
    boolean locked(long reviewerId, Instant lockedBefore);

    /** After a good sign-in, an unlock or a new password the count starts again. */
    @Query("DELETE FROM sign_in_failure WHERE reviewer_id = :reviewerId")
    void forget(long reviewerId);

    @Query("""
            SELECT r.name, f.failures, f.locked_at FROM sign_in_failure f JOIN reviewer r ON r.id = f.reviewer_id
            WHERE f.locked_at > :lockedBefore ORDER BY f.locked_at DESC""")
    List<LockedAccount> lockedSince(Instant lockedBefore);
}
