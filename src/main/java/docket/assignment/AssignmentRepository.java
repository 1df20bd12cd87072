package docket.assignment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AssignmentRepository extends CrudRepository<Assignment, Long> {

    Optional<Assignment> findBySlug(String slug);

    /** Open assignments on the home page: the main one first, then the alternatives in order. */
    @Query("""
            SELECT * FROM assignment WHERE state = 'open' AND featured <> 'none'
            ORDER BY featured = 'main' DESC, feature_position, id""")
    List<Assignment> findFeatured();

    @Query("""
            SELECT * FROM assignment WHERE state = 'open'
            ORDER BY featured = 'main' DESC, featured = 'alternative' DESC, feature_position, id""")
    List<Assignment> findOpen();

    @Query("INSERT INTO assignment_party (assignment_id, party_id) VALUES (:assignmentId, :partyId)")
    void addParty(long assignmentId, long partyId);

    @Query("INSERT INTO assignment_member (assignment_id, member_id) VALUES (:assignmentId, :memberId)")
    void addMember(long assignmentId, long memberId);

    @Query("INSERT INTO assignment_document (assignment_id, document_id) VALUES (:assignmentId, :documentId)")
    void addDocument(long assignmentId, long documentId);

    /** The number of pages in scope: the union of the pages of its parties, members and documents. */
    @Query("""
            SELECT COUNT(*) FROM page pg
            JOIN document d ON d.id = pg.document_id
            JOIN member m ON m.id = d.member_id
            WHERE d.id IN (SELECT document_id FROM assignment_document WHERE assignment_id = :assignmentId)
               OR m.id IN (SELECT member_id FROM assignment_member WHERE assignment_id = :assignmentId)
               OR m.party_id IN (SELECT party_id FROM assignment_party WHERE assignment_id = :assignmentId)""")
    long countPagesInScope(long assignmentId);
}
