package docket.community;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * The MySQL truth of the leaderboards: reviewers ranked by their reviews that count, which are
 * reviews that are not skips, by reviewers who are not banned ({@code counting_review}). Ties go to
 * the earlier reviewer.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LeaderboardQueries extends GenericRepository<Party, Long> {

    String RANKED = " GROUP BY w.id, w.name ORDER BY reviews DESC, w.id LIMIT :limit";

    @Query("SELECT w.name, COUNT(*) AS reviews FROM counting_review r JOIN reviewer w ON w.id = r.reviewer_id"
            + " WHERE r.created_at >= :since" + RANKED)
    List<Leader> since(Instant since, int limit);

    @Query("SELECT w.name, COUNT(*) AS reviews FROM counting_review r JOIN reviewer w ON w.id = r.reviewer_id"
            + " JOIN page pg ON pg.id = r.page_id JOIN document d ON d.id = pg.document_id"
            + " WHERE d.member_id = :memberId" + RANKED)
    List<Leader> ofMember(long memberId, int limit);

    @Query("SELECT w.name, COUNT(*) AS reviews FROM counting_review r JOIN reviewer w ON w.id = r.reviewer_id"
            + " JOIN page pg ON pg.id = r.page_id JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id"
            + " WHERE m.party_id = :partyId" + RANKED)
    List<Leader> ofParty(long partyId, int limit);

    @Query("SELECT w.name, COUNT(*) AS reviews FROM counting_review r JOIN reviewer w ON w.id = r.reviewer_id"
            + " JOIN assignment_page s ON s.page_id = r.page_id WHERE s.assignment_id = :assignmentId" + RANKED)
    List<Leader> ofAssignment(long assignmentId, int limit);
}
