package docket.editor;

import docket.review.Reviewer;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ModerationQueries extends GenericRepository<Reviewer, Long> {

    /** Assignments whose scope holds a page the reviewer reviewed: the ones a ban changes. */
    @Query("""
            SELECT DISTINCT a.id FROM assignment a, review r
            WHERE r.reviewer_id = :reviewerId AND r.page_id IN (
              SELECT pg.id FROM page pg JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
              WHERE d.id IN (SELECT document_id FROM assignment_document WHERE assignment_id = a.id)
                 OR m.id IN (SELECT member_id FROM assignment_member WHERE assignment_id = a.id)
                 OR m.party_id IN (SELECT party_id FROM assignment_party WHERE assignment_id = a.id))""")
    List<Long> assignmentsReviewedBy(long reviewerId);

    /** Reviews, their tags and any discovery of the page go with it (foreign keys cascade). */
    @Query("DELETE FROM page WHERE id = :pageId")
    void deletePage(long pageId);

    @Query("DELETE FROM document WHERE id = :documentId")
    void deleteDocument(long documentId);
}
