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

    /** The assignment reviewers may work on now: an open one. */
    default Optional<Assignment> findOpen(String slug) {
        return findBySlug(slug).filter(a -> a.state() == AssignmentState.OPEN);
    }

    List<Assignment> findByIdIn(java.util.Collection<Long> ids);

    /** Open assignments, featured ones first: the main one, then the alternatives in order, then the others. */
    @Query("""
            SELECT * FROM assignment WHERE state = 'open'
            ORDER BY featured = 'main' DESC, featured = 'alternative' DESC, feature_position, id""")
    List<Assignment> findOpen();

    /** Open assignments on the home page: the main one first, then the alternatives in order. */
    default List<Assignment> findFeatured() {
        return findOpen().stream().filter(a -> a.featured() != Featuring.NONE).toList();
    }

    @Query("DELETE FROM assignment_party WHERE assignment_id = :assignmentId")
    void clearParties(long assignmentId);

    @Query("DELETE FROM assignment_member WHERE assignment_id = :assignmentId")
    void clearMembers(long assignmentId);

    @Query("DELETE FROM assignment_document WHERE assignment_id = :assignmentId")
    void clearDocuments(long assignmentId);

    @Query("SELECT p.slug FROM assignment_party ap JOIN party p ON p.id = ap.party_id WHERE ap.assignment_id = :assignmentId ORDER BY p.slug")
    List<String> partySlugs(long assignmentId);

    @Query("SELECT m.slug FROM assignment_member am JOIN member m ON m.id = am.member_id WHERE am.assignment_id = :assignmentId ORDER BY m.slug")
    List<String> memberSlugs(long assignmentId);

    @Query("SELECT document_id FROM assignment_document WHERE assignment_id = :assignmentId ORDER BY document_id")
    List<Long> documentIds(long assignmentId);

    /** The main featured assignment steps aside when another becomes main. */
    @Query("UPDATE assignment SET featured = 'alternative' WHERE featured = 'main' AND id <> :assignmentId")
    void demoteOtherMain(long assignmentId);

    @Query("INSERT INTO assignment_party (assignment_id, party_id) VALUES (:assignmentId, :partyId)")
    void addParty(long assignmentId, long partyId);

    @Query("INSERT INTO assignment_member (assignment_id, member_id) VALUES (:assignmentId, :memberId)")
    void addMember(long assignmentId, long memberId);

    @Query("INSERT INTO assignment_document (assignment_id, document_id) VALUES (:assignmentId, :documentId)")
    void addDocument(long assignmentId, long documentId);
}
