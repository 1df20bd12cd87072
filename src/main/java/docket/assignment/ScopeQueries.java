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
 * done, and who has seen what. A review counts towards "done" unless it is a skip or its reviewer
 * is banned: the {@code counting_review} view (migration V4) holds that rule.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScopeQueries extends GenericRepository<Party, Long> {

    String IN_SCOPE = """
            (SELECT pg.id FROM page pg JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
             WHERE d.id IN (SELECT document_id FROM assignment_document WHERE assignment_id = :assignmentId)
                OR m.id IN (SELECT member_id FROM assignment_member WHERE assignment_id = :assignmentId)
                OR m.party_id IN (SELECT party_id FROM assignment_party WHERE assignment_id = :assignmentId))""";

    /** The assignment's done pages: those with at least {@code :threshold} reviews that count. */
    String DONE = "SELECT r.page_id FROM counting_review r WHERE r.page_id IN " + IN_SCOPE
            + " GROUP BY r.page_id HAVING COUNT(*) >= :threshold";

    @Introspected
    record Seen(long reviewerId, long pageId) {
    }

    @Introspected
    record Containing(long id, int threshold) {
    }

    @Query("SELECT id FROM " + IN_SCOPE + " AS scope ORDER BY id")
    List<Long> pagesInScope(long assignmentId);

    @Query(DONE + " ORDER BY r.page_id")
    List<Long> donePages(long assignmentId, int threshold);

    @Query("SELECT r.reviewer_id, r.page_id FROM review r WHERE r.page_id IN " + IN_SCOPE + " ORDER BY r.reviewer_id, r.page_id")
    List<Seen> seen(long assignmentId);

    /** The reviews of pages in scope recorded since the given time. */
    @Query("SELECT r.reviewer_id, r.page_id FROM review r WHERE r.created_at >= :since AND r.page_id IN " + IN_SCOPE)
    List<Seen> seenSince(long assignmentId, Instant since);

    /** The reviews that count towards "done" for one page. */
    @Query("SELECT COUNT(*) FROM counting_review WHERE page_id = :pageId")
    int countingReviews(long pageId);

    /** Every assignment whose scope holds the page, whatever its state. */
    @Query("""
            SELECT a.id, a.threshold FROM assignment a WHERE a.id IN (
              SELECT ad.assignment_id FROM assignment_document ad JOIN page pg ON pg.document_id = ad.document_id WHERE pg.id = :pageId
              UNION SELECT am.assignment_id FROM assignment_member am JOIN document d ON d.member_id = am.member_id
                    JOIN page pg ON pg.document_id = d.id WHERE pg.id = :pageId
              UNION SELECT ap.assignment_id FROM assignment_party ap JOIN member m ON m.party_id = ap.party_id
                    JOIN document d ON d.member_id = m.id JOIN page pg ON pg.document_id = d.id WHERE pg.id = :pageId)""")
    List<Containing> assignmentsContaining(long pageId);

    /** Every assignment whose scope holds a page the reviewer reviewed: the ones a ban or an unban changes. */
    @Query("""
            SELECT ad.assignment_id FROM assignment_document ad JOIN page pg ON pg.document_id = ad.document_id
                   JOIN review r ON r.page_id = pg.id WHERE r.reviewer_id = :reviewerId
            UNION SELECT am.assignment_id FROM assignment_member am JOIN document d ON d.member_id = am.member_id
                   JOIN page pg ON pg.document_id = d.id JOIN review r ON r.page_id = pg.id WHERE r.reviewer_id = :reviewerId
            UNION SELECT ap.assignment_id FROM assignment_party ap JOIN member m ON m.party_id = ap.party_id
                   JOIN document d ON d.member_id = m.id JOIN page pg ON pg.document_id = d.id
                   JOIN review r ON r.page_id = pg.id WHERE r.reviewer_id = :reviewerId""")
    List<Long> assignmentsReviewedBy(long reviewerId);

    /** Every assignment whose scope holds the document, directly or through its member or party. */
    @Query("""
            SELECT a.id, a.threshold FROM assignment a WHERE a.id IN (
              SELECT assignment_id FROM assignment_document WHERE document_id = :documentId
              UNION SELECT am.assignment_id FROM assignment_member am JOIN document d ON d.member_id = am.member_id
                    WHERE d.id = :documentId
              UNION SELECT ap.assignment_id FROM assignment_party ap JOIN member m ON m.party_id = ap.party_id
                    JOIN document d ON d.member_id = m.id WHERE d.id = :documentId)""")
    List<Containing> assignmentsContainingDocument(long documentId);

    @Query("SELECT id FROM page WHERE document_id = :documentId ORDER BY id")
    List<Long> pagesOfDocument(long documentId);

    @Query("SELECT EXISTS (SELECT 1 FROM page WHERE id = :pageId)")
    boolean pageExists(long pageId);
}
