package docket.next;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The next button straight from MySQL, for when Redis is away or rebuilding: the assignment's open pages
 * in {@code assignment_open} (dictionary family "fallback") from a random slot on, a range of its index
 * {@code (assignment_id, slot)} and never a scan, plus the checks every candidate passes before it is
 * handed out.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FallbackQueries extends GenericRepository<Party, Long> {

    /** Open pages from the slot on that the reviewer has not reviewed, among at most {@code window} rows read. */
    @Query("""
            SELECT w.page_id FROM (SELECT page_id FROM assignment_open WHERE assignment_id = :assignmentId AND slot >= :slot
                                   ORDER BY slot LIMIT :window) w
            WHERE NOT EXISTS (SELECT 1 FROM review r WHERE r.reviewer_id = :reviewerId AND r.page_id = w.page_id) LIMIT :limit""")
    List<Long> openFrom(long assignmentId, long reviewerId, long slot, int window, int limit);

    /** Open pages from the slot on that the reviewer has not reviewed, however far that reads: for a reviewer who has seen most. */
    @Query("""
            SELECT o.page_id FROM assignment_open o WHERE o.assignment_id = :assignmentId AND o.slot >= :slot
              AND NOT EXISTS (SELECT 1 FROM review r WHERE r.reviewer_id = :reviewerId AND r.page_id = o.page_id)
            ORDER BY o.slot LIMIT :limit""")
    List<Long> unseenFrom(long assignmentId, long reviewerId, long slot, int limit);

    /**
     * The page's reviews that count, or -1 ({@code NextPageSelector.UNAVAILABLE}) when the page no longer
     * exists or the reviewer has reviewed it: two unique-key lookups and one range of {@code review_by_page}.
     */
    @Query("""
            SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM page WHERE id = :pageId)
                          OR EXISTS (SELECT 1 FROM review WHERE reviewer_id = :reviewerId AND page_id = :pageId) THEN -1
                   ELSE (SELECT COUNT(*) FROM counting_review WHERE page_id = :pageId) END""")
    int counted(long pageId, long reviewerId);

    @Query("SELECT COUNT(*) FROM assignment_open WHERE assignment_id = :assignmentId")
    long open(long assignmentId);
}
