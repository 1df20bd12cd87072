package docket.next;

import docket.assignment.ScopeQueries;
import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The next button straight from MySQL, for when Redis is away or rebuilding: open pages of the
 * assignment from a random starting id (not ORDER BY RAND(), which reads every row), plus the
 * checks every candidate passes before it is handed out.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FallbackQueries extends GenericRepository<Party, Long> {

    String OPEN_FOR_REVIEWER = """
            FROM page pg WHERE pg.id IN """ + ScopeQueries.IN_SCOPE + """
             AND NOT EXISTS (SELECT 1 FROM review r WHERE r.page_id = pg.id AND r.reviewer_id = :reviewerId)
             AND (SELECT COUNT(*) FROM counting_review r WHERE r.page_id = pg.id) < :threshold""";

    @Query("SELECT pg.id " + OPEN_FOR_REVIEWER + " AND pg.id >= :start ORDER BY pg.id LIMIT :limit")
    List<Long> openFrom(long assignmentId, long reviewerId, int threshold, long start, int limit);

    @Query("SELECT pg.id " + OPEN_FOR_REVIEWER + " AND pg.id < :start ORDER BY pg.id LIMIT :limit")
    List<Long> openBefore(long assignmentId, long reviewerId, int threshold, long start, int limit);

    @Query("SELECT COALESCE(MAX(id), 0) FROM page")
    long maxPageId();

    /**
     * The page's reviews that count, or -1 ({@code NextPageSelector.UNAVAILABLE}) when the page no longer
     * exists or the reviewer has reviewed it: two unique-key lookups and one range of {@code review_by_page}.
     */
    @Query("""
            SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM page WHERE id = :pageId)
                          OR EXISTS (SELECT 1 FROM review WHERE reviewer_id = :reviewerId AND page_id = :pageId) THEN -1
                   ELSE (SELECT COUNT(*) FROM counting_review WHERE page_id = :pageId) END""")
    int counted(long pageId, long reviewerId);

    @Query("SELECT COUNT(*) FROM " + ScopeQueries.IN_SCOPE + " AS scope")
    long total(long assignmentId);

    @Query("SELECT COUNT(*) FROM (" + ScopeQueries.DONE + ") AS done")
    long done(long assignmentId, int threshold);
}
