package docket.community;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DiscoveryRepository extends CrudRepository<Discovery, Long> {

    String VIEW = """
            SELECT x.id, x.headline, x.note, x.page_id, pg.content_hash, m.slug AS member_slug, m.name AS member_name,
                   p.slug AS party_slug, p.name AS party_name, r.name AS credit, x.published, x.created_at
            FROM discovery x JOIN page pg ON pg.id = x.page_id JOIN document d ON d.id = pg.document_id
            JOIN member m ON m.id = d.member_id LEFT JOIN party p ON p.id = m.party_id
            LEFT JOIN reviewer r ON r.id = x.credited_reviewer_id""";

    Optional<Discovery> findByPageId(long pageId);

    @Query(VIEW + " WHERE x.published = TRUE ORDER BY x.created_at DESC, x.id DESC LIMIT :limit")
    List<DiscoveryView> latest(int limit);

    @Query(VIEW + " WHERE x.published = TRUE AND p.slug = :partySlug ORDER BY x.created_at DESC, x.id DESC LIMIT 50")
    List<DiscoveryView> ofParty(String partySlug);

    @Query(VIEW + " WHERE x.published = TRUE AND m.slug = :memberSlug ORDER BY x.created_at DESC, x.id DESC LIMIT 50")
    List<DiscoveryView> ofMember(String memberSlug);

    @Query(VIEW + " WHERE x.published = TRUE AND x.page_id = :pageId")
    Optional<DiscoveryView> publishedOn(long pageId);

    @Query(VIEW + " ORDER BY x.created_at DESC, x.id DESC LIMIT 200")
    List<DiscoveryView> all();

    /** The reviewer who first flagged the page "investigate this", banned reviewers aside. */
    @Query("""
            SELECT r.reviewer_id FROM standing_review r
            WHERE r.page_id = :pageId AND r.interesting = TRUE
            ORDER BY r.created_at, r.id LIMIT 1""")
    Optional<Long> firstFlaggedBy(long pageId);
}
