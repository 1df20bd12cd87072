package docket.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The read side of the corpus: what the browsing screens show. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CatalogQueries extends GenericRepository<Party, Long> {

    /**
     * The pages tagged by reviewers who are not banned, one row per tag and page, retired tags
     * included: read tag by tag, on tagged_page's indexes by tag and party or tag and member.
     */
    String TAGGED_PAGES = " FROM tag t JOIN tagged_page tp ON tp.tag_id = t.id";

    String BY_TAG = " GROUP BY t.id, t.slug, t.name, t.position ORDER BY t.position, t.slug";

    @Query("""
            SELECT (SELECT COUNT(*) FROM party) AS parties, (SELECT COUNT(*) FROM member) AS members,
                   (SELECT COUNT(*) FROM document) AS documents, (SELECT COUNT(*) FROM page) AS pages""")
    CorpusCounts counts();

    @Query("""
            SELECT p.id, p.slug, p.name,
                   (SELECT COUNT(*) FROM member m WHERE m.party_id = p.id) AS members,
                   (SELECT COUNT(*) FROM document d JOIN member m ON m.id = d.member_id WHERE m.party_id = p.id) AS documents,
                   (SELECT COUNT(*) FROM page pg JOIN document d ON d.id = pg.document_id
                      JOIN member m ON m.id = d.member_id WHERE m.party_id = p.id) AS pages
            FROM party p ORDER BY p.name""")
    List<PartySummary> parties();

    Optional<Party> findBySlug(String slug);

    /** Every party with its members by name, then the members without a party, as the parties page shows them. */
    @Query("""
            SELECT * FROM (
              SELECT p.slug AS party_slug, p.name AS party_name, m.slug, m.name
              FROM party p LEFT JOIN member m ON m.party_id = p.id
              UNION ALL
              SELECT NULL, NULL, m.slug, m.name FROM member m WHERE m.party_id IS NULL) listing
            ORDER BY party_slug IS NULL, party_name, party_slug, name, slug""")
    List<PartyMember> partyMembers();

    /**
     * Up to ten each of the parties, members and documents whose name, slug or title matches the LIKE
     * {@code pattern}, and the document numbered {@code number}.
     */
    @Query("""
            (SELECT 'party' AS kind, slug AS value, name AS label FROM party
              WHERE name LIKE :pattern OR slug LIKE :pattern ORDER BY name LIMIT 10)
            UNION ALL
            (SELECT 'member', m.slug, CONCAT(m.name, COALESCE(CONCAT(' (', p.name, ')'), ''))
               FROM member m LEFT JOIN party p ON p.id = m.party_id
              WHERE m.name LIKE :pattern OR m.slug LIKE :pattern ORDER BY m.name LIMIT 10)
            UNION ALL
            (SELECT 'document', CAST(d.id AS CHAR) COLLATE utf8mb4_unicode_ci, CONCAT('#', d.id, ' ', d.title, ' (', m.name, ')')
               FROM document d JOIN member m ON m.id = d.member_id
              WHERE d.id = :number OR d.title LIKE :pattern ORDER BY d.id = :number DESC, d.id LIMIT 10)""")
    List<ScopeMatch> scopeMatches(String pattern, long number);

    /** Matches for what an editor typed: a name or title fragment of two characters or more, or a document number. */
    default List<ScopeMatch> scopeMatches(String typed) {
        String text = typed.trim();
        boolean number = text.matches("\\d{1,18}");
        if (text.length() < 2 && !number) {
            return List.of();
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return scopeMatches(pattern, number ? Long.parseLong(text) : -1);
    }

    @Query("SELECT id FROM member WHERE slug = :slug")
    Optional<Long> memberId(String slug);

    /** The party's members, or the members without a party when {@code partyId} is null ({@code <=>} is NULL-safe equality). */
    @Query("""
            SELECT m.id, m.slug, m.name, COUNT(DISTINCT d.id) AS documents, COUNT(pg.id) AS pages
            FROM member m LEFT JOIN document d ON d.member_id = m.id LEFT JOIN page pg ON pg.document_id = d.id
            WHERE m.party_id <=> :partyId GROUP BY m.id, m.slug, m.name ORDER BY m.name""")
    List<MemberSummary> membersOfParty(@Nullable Long partyId);

    @Query("""
            SELECT m.id, m.slug, m.name, p.slug AS party_slug, p.name AS party_name
            FROM member m LEFT JOIN party p ON p.id = m.party_id WHERE m.slug = :slug""")
    Optional<MemberHeading> member(String slug);

    @Query("""
            SELECT d.id, d.title,
                   (SELECT COUNT(*) FROM page pg WHERE pg.document_id = d.id) AS pages,
                   (SELECT pg.content_hash FROM page pg WHERE pg.document_id = d.id ORDER BY pg.number LIMIT 1) AS cover
            FROM document d JOIN member m ON m.id = d.member_id
            WHERE m.slug = :memberSlug ORDER BY d.title, d.id""")
    List<DocumentSummary> documentsOfMember(String memberSlug);

    @Query("""
            SELECT d.id, d.title, d.source_name, m.slug AS member_slug, m.name AS member_name,
                   p.slug AS party_slug, p.name AS party_name
            FROM document d JOIN member m ON m.id = d.member_id LEFT JOIN party p ON p.id = m.party_id
            WHERE d.id = :id""")
    Optional<DocumentDetail> document(long id);

    @Query("SELECT id, number, content_hash, image_type FROM page WHERE document_id = :documentId ORDER BY number")
    List<PageSummary> pagesOfDocument(long documentId);

    @Query("""
            SELECT pg.id, pg.number, pg.content_hash, pg.image_type, pg.width, pg.height,
                   d.id AS document_id, d.title AS document_title,
                   (SELECT COUNT(*) FROM page x WHERE x.document_id = d.id) AS document_pages,
                   m.slug AS member_slug, m.name AS member_name, p.slug AS party_slug, p.name AS party_name,
                   (SELECT x.id FROM page x WHERE x.document_id = d.id AND x.number < pg.number
                      ORDER BY x.number DESC LIMIT 1) AS previous_id,
                   (SELECT x.id FROM page x WHERE x.document_id = d.id AND x.number > pg.number
                      ORDER BY x.number LIMIT 1) AS next_id
            FROM page pg JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
            LEFT JOIN party p ON p.id = m.party_id
            WHERE pg.id = :id""")
    Optional<PageDetail> page(long id);

    @Query("SELECT t.slug, t.name, COUNT(*) AS count" + TAGGED_PAGES + " AND tp.party_id = :partyId" + BY_TAG)
    List<TagCount> tagsOfParty(long partyId);

    /** The tag counts of every member of the party, in tag order. */
    @Query("SELECT tp.member_id AS owner, t.slug, t.name, COUNT(*) AS count" + TAGGED_PAGES + " AND tp.party_id = :partyId"
            + " GROUP BY tp.member_id, t.id, t.slug, t.name, t.position ORDER BY t.position, t.slug")
    List<OwnedTagCount> tagsOfMembersOfParty(long partyId);

    @Query("SELECT t.slug, t.name, COUNT(*) AS count" + TAGGED_PAGES + " AND tp.member_id = :memberId" + BY_TAG)
    List<TagCount> tagsOfMember(long memberId);

    /** The tag counts of every document of the member, in tag order. */
    @Query("SELECT pg.document_id AS owner, t.slug, t.name, COUNT(*) AS count" + TAGGED_PAGES + " AND tp.member_id = :memberId"
            + " JOIN page pg ON pg.id = tp.page_id"
            + " GROUP BY pg.document_id, t.id, t.slug, t.name, t.position ORDER BY t.position, t.slug")
    List<OwnedTagCount> tagsOfDocumentsOfMember(long memberId);

    @Query("SELECT t.slug, t.name, COUNT(*) AS count" + TAGGED_PAGES + " JOIN page pg ON pg.id = tp.page_id"
            + " WHERE pg.document_id = :documentId" + BY_TAG)
    List<TagCount> tagsOfDocument(long documentId);
}
