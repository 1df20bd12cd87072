package docket.results;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of {@code tools/bench feeds}: a synthetic tag list (party, member, document, pages and
 * their {@code tagged_page} rows, inserted directly rather than through reviews), its removal, and
 * the lists read with OFFSET, as they would be without keyset pagination.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedBenchQueries extends GenericRepository<Party, Long> {

    String DIGIT = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";

    /** The largest batch {@link #addPages} inserts in one statement. */
    int PAGE_BATCH = 1_000_000;

    // ResultQueries' whole-tag list, its columns aliased to ListedPage's properties (aliases change no
    // plan). STRAIGHT_JOIN reads tagged_page first, by the index of the order, as ResultQueries must:
    // left to itself, MariaDB 11.4 starts from the few members and sorts the whole list for every page.
    String LISTED = """
            SELECT STRAIGHT_JOIN pg.id AS id, pg.number AS number, pg.content_hash AS content_hash, pg.image_type AS image_type,
                   d.id AS document_id, d.title AS document_title, m.slug AS member_slug, m.name AS member_name,
                   p.slug AS party_slug, p.name AS party_name, tp.reviews AS count, tp.first_tagged_at AS first_tagged_at
            FROM tagged_page tp JOIN page pg ON pg.id = tp.page_id JOIN document d ON d.id = pg.document_id
             JOIN member m ON m.id = d.member_id LEFT JOIN party p ON p.id = m.party_id
            WHERE tp.tag_id = :tagId""";

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
     * Every page of the document in the tag's list, one second apart from {@code start}, in an order
     * unrelated to page ids ({@code stride} is coprime with {@code pages}, so the times are distinct),
     * with 1 to 40 reviews, most pages few.
     */
    @Query("""
            INSERT INTO tagged_page (tag_id, page_id, reviews, first_tagged_at)
            SELECT :tagId, id, 1 + FLOOR(POW((CRC32(number) % 1000) / 1000, 4) * 40),
                   TIMESTAMPADD(SECOND, (number * :stride) % :pages, :start)
            FROM page WHERE document_id = :documentId""")
    void tagPages(long tagId, long documentId, long pages, long stride, Instant start);

    @Query("DELETE FROM tagged_page WHERE tag_id = :tagId")
    void untagAll(long tagId);

    @Query("DELETE FROM tag WHERE slug = :slug")
    void removeTag(String slug);

    /** The member, and with it (ON DELETE CASCADE) its document and pages. */
    @Query("DELETE FROM member WHERE slug = :slug")
    void removeMember(String slug);

    @Query("DELETE FROM party WHERE slug = :slug")
    void removeParty(String slug);

    /** ResultQueries' in-order list with OFFSET instead of the keyset condition. */
    @Query(LISTED + " AND tp.first_tagged_at < :settled ORDER BY tp.first_tagged_at, tp.page_id LIMIT :limit OFFSET :offset")
    List<ListedPage> inOrderAt(long tagId, Instant settled, int limit, long offset);

    /** ResultQueries' most-tagged list with OFFSET instead of the keyset condition. */
    @Query(LISTED + " ORDER BY tp.reviews DESC, tp.page_id DESC LIMIT :limit OFFSET :offset")
    List<ListedPage> mostTaggedAt(long tagId, int limit, long offset);
}
