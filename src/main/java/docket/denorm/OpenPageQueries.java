package docket.denorm;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The SQL behind the {@code assignment_open} table (family "fallback"): a row per assignment and page
 * in its scope ({@code assignment_page}) with fewer reviews that count ({@code counting_review}) than
 * the threshold. Each write keeps that rule for the pages it touches.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OpenPageQueries extends GenericRepository<Party, Long> {

    String STILL_OPEN = "(SELECT COUNT(*) FROM counting_review c WHERE c.page_id = s.page_id) < s.threshold";

    String ADD = "INSERT INTO assignment_open (assignment_id, page_id, slot) SELECT s.assignment_id, s.page_id, CRC32(s.page_id) ";

    String KEEP_SLOT = " ON DUPLICATE KEY UPDATE slot = assignment_open.slot";

    /** A review of the page: it leaves every assignment where it now has as many reviews that count as needed. */
    @Query("""
            DELETE o FROM assignment_open o JOIN assignment a ON a.id = o.assignment_id
            WHERE o.page_id = :pageId AND (SELECT COUNT(*) FROM counting_review c WHERE c.page_id = :pageId) >= a.threshold""")
    void reviewed(long pageId);

    /** A document's new pages, open in every assignment whose scope holds them. */
    @Query(ADD + "FROM assignment_page s WHERE s.document_id = :documentId" + KEEP_SLOT)
    void imported(long documentId);

    /** After a ban or an unban, the reviewer's pages that no longer need reviews leave... */
    @Query("""
            DELETE o FROM assignment_open o JOIN assignment a ON a.id = o.assignment_id
            WHERE o.page_id IN (SELECT r.page_id FROM review r WHERE r.reviewer_id = :reviewerId)
              AND (SELECT COUNT(*) FROM counting_review c WHERE c.page_id = o.page_id) >= a.threshold""")
    void closeReviewedBy(long reviewerId);

    /** ...and those that need reviews again come back. */
    @Query(ADD + "FROM review r JOIN assignment_page s ON s.page_id = r.page_id WHERE r.reviewer_id = :reviewerId AND "
            + STILL_OPEN + KEEP_SLOT)
    void reopenReviewedBy(long reviewerId);

    @Query("DELETE FROM assignment_open WHERE assignment_id = :assignmentId")
    void forget(long assignmentId);

    @Query(ADD + "FROM assignment_page s WHERE s.assignment_id = :assignmentId AND " + STILL_OPEN)
    void count(long assignmentId);

    @Query("SELECT page_id FROM assignment_open WHERE assignment_id = :assignmentId")
    List<Long> pages(long assignmentId);
}
