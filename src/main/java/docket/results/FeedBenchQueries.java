package docket.results;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The SQL of {@code tools/bench feeds}: a synthetic tag list (parties, members, documents, pages and
 * their {@code tagged_page} rows, inserted directly rather than through reviews) and its removal.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedBenchQueries extends GenericRepository<Party, Long> {

    String DIGIT = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";

    /** The largest batch {@link #addPages} inserts in one statement. */
    int PAGE_BATCH = 1_000_000;

    @Query("SELECT CONCAT(VERSION(), ', InnoDB buffer pool ', @@innodb_buffer_pool_size DIV 1048576, ' MiB')")
    String databaseVersion();

    @Query("INSERT INTO party (slug, name) VALUES (:slug, :slug)")
    void addParty(String slug);

    @Query("INSERT INTO member (party_id, slug, name) SELECT id, slug, name FROM party WHERE slug = :slug")
    void addMember(String slug);

    @Query("""
            INSERT INTO document (member_id, title, source_hash, source_name)
            SELECT id, 'bench', SHA2(:slug, 256), 'bench' FROM member WHERE slug = :slug""")
    void addDocument(String slug);

    @Query("SELECT d.id FROM document d JOIN member m ON m.id = d.member_id WHERE m.slug = :slug")
    long documentId(String slug);

    /** Pages numbered {@code from + 1} to {@code from + count} ({@code count} at most {@link #PAGE_BATCH}), from a cross join of digits. */
    @Query("INSERT INTO page (document_id, number, content_hash, image_type, width, height)"
            + " SELECT :documentId, :from + n + 1, SHA2(CONCAT(:slug, '-', :from + n), 256), 'jpg', 800, 1100 FROM"
            + " (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n FROM "
            + DIGIT + " a, " + DIGIT + " b, " + DIGIT + " c, " + DIGIT + " e, " + DIGIT + " f, " + DIGIT + " g) seq"
            + " WHERE n < :count")
    void addPages(long documentId, String slug, long from, int count);

    @Query("INSERT INTO tag (slug, name, description, active) VALUES (:slug, :slug, 'tools/bench feeds', FALSE)")
    void addTag(String slug);

    @Query("SELECT id FROM tag WHERE slug = :slug")
    Optional<Long> tagId(String slug);

    /**
     * Every page of the document in the tag's list, {@code every} seconds apart from {@code start}, in
     * an order unrelated to page ids ({@code stride} is coprime with {@code pages}, so the times are
     * distinct), with 1 to 40 reviews, most pages few.
     */
    @Query("""
            INSERT INTO tagged_page (tag_id, page_id, member_id, party_id, reviews, first_tagged_at)
            SELECT :tagId, pg.id, d.member_id, m.party_id, 1 + FLOOR(POW((CRC32(pg.number) % 1000) / 1000, 4) * 40),
                   TIMESTAMPADD(SECOND, ((pg.number * :stride) % :pages) * :every, :start)
            FROM page pg JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
            WHERE pg.document_id = :documentId""")
    void tagPages(long tagId, long documentId, long pages, long stride, long every, Instant start);

    @Query("SELECT id FROM party WHERE slug = :slug")
    long partyId(String slug);

    @Query("SELECT id FROM member WHERE slug = :slug")
    long memberId(String slug);

    @Query("DELETE FROM tagged_page WHERE tag_id = :tagId")
    void untagAll(long tagId);

    @Query("DELETE FROM tag WHERE slug = :slug")
    void removeTag(String slug);

    /** The member, and with it (ON DELETE CASCADE) its document and pages. */
    @Query("DELETE FROM member WHERE slug = :slug")
    void removeMember(String slug);

    @Query("DELETE FROM party WHERE slug = :slug")
    void removeParty(String slug);
}
