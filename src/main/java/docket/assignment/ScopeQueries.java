package docket.assignment;

import docket.catalog.Party;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * The MySQL truth behind the assignment sets: which pages are in an assignment's scope, which are
 * done, and who has seen what. Each rule is a view of the migrations, written once: a page in scope is
 * {@code assignment_page} (V5), a review that counts towards "done" is {@code counting_review} (V4).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScopeQueries extends GenericRepository<Party, Long> {

    @Introspected
    record Seen(long reviewerId, long pageId) {
    }

    @Introspected
    record Containing(long id, int threshold) {
    }

    @Query("SELECT page_id FROM assignment_page WHERE assignment_id = :assignmentId ORDER BY page_id")
    List<Long> pagesInScope(long assignmentId);

    @Query("SELECT COUNT(*) FROM assignment_page WHERE assignment_id = :assignmentId")
    long countInScope(long assignmentId);

    /** The assignment's done pages: those with at least its threshold of reviews that count. */
    @Query("""
            SELECT r.page_id FROM counting_review r JOIN assignment_page s ON s.page_id = r.page_id
            WHERE s.assignment_id = :assignmentId GROUP BY r.page_id HAVING COUNT(*) >= :threshold ORDER BY r.page_id""")
    List<Long> donePages(long assignmentId, int threshold);

    @Query("""
            SELECT r.reviewer_id, r.page_id FROM review r JOIN assignment_page s ON s.page_id = r.page_id
            WHERE s.assignment_id = :assignmentId ORDER BY r.reviewer_id, r.page_id""")
    List<Seen> seen(long assignmentId);

    /** The reviews of pages in scope recorded from {@code since} until before {@code until}. */
    @Query("""
            SELECT r.reviewer_id, r.page_id FROM review r JOIN assignment_page s ON s.page_id = r.page_id
            WHERE r.created_at >= :since AND r.created_at < :until AND s.assignment_id = :assignmentId""")
    List<Seen> seenBetween(long assignmentId, Instant since, Instant until);

    /** The pages in scope imported from {@code since} until before {@code until}. */
    @Query("""
            SELECT s.page_id FROM page pg JOIN assignment_page s ON s.page_id = pg.id
            WHERE pg.created_at >= :since AND pg.created_at < :until AND s.assignment_id = :assignmentId""")
    List<Long> importedBetween(long assignmentId, Instant since, Instant until);

    /** Those of the pages with at least {@code threshold} reviews that count. */
    @Query("SELECT page_id FROM counting_review WHERE page_id IN (:pageIds) GROUP BY page_id HAVING COUNT(*) >= :threshold")
    List<Long> doneAmong(List<Long> pageIds, int threshold);

    /** The reviews that count towards "done" for one page. */
    @Query("SELECT COUNT(*) FROM counting_review WHERE page_id = :pageId")
    int countingReviews(long pageId);

    /** Every assignment whose scope holds the page, whatever its state. */
    @Query("SELECT assignment_id AS id, threshold FROM assignment_page WHERE page_id = :pageId")
    List<Containing> assignmentsContaining(long pageId);

    /** Every assignment whose scope holds a page the reviewer reviewed: the ones a ban or an unban changes. */
    @Query("SELECT DISTINCT s.assignment_id FROM review r JOIN assignment_page s ON s.page_id = r.page_id WHERE r.reviewer_id = :reviewerId")
    List<Long> assignmentsReviewedBy(long reviewerId);

    /** Every assignment whose scope holds the document, directly or through its member or party. */
    @Query("SELECT DISTINCT assignment_id AS id, threshold FROM assignment_page WHERE document_id = :documentId")
    List<Containing> assignmentsContainingDocument(long documentId);

    @Query("SELECT id FROM page WHERE document_id = :documentId ORDER BY id")
    List<Long> pagesOfDocument(long documentId);

    @Query("SELECT EXISTS (SELECT 1 FROM page WHERE id = :pageId)")
    boolean pageExists(long pageId);
}
