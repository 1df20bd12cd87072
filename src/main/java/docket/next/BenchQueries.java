package docket.next;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Synthetic pages for {@code tools/bench next}: rows without images, created and removed by the benchmark. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BenchQueries extends GenericRepository<Party, Long> {

    String DIGIT = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";

    @Query("INSERT INTO member (slug, name) VALUES (:slug, :slug)")
    void addMember(String slug);

    @Query("SELECT id FROM member WHERE slug = :slug")
    Optional<Long> memberId(String slug);

    @Query("INSERT INTO document (member_id, title, source_hash, source_name) VALUES (:memberId, 'bench', SHA2(:slug, 256), 'bench')")
    void addDocument(long memberId, String slug);

    @Query("SELECT id FROM document WHERE member_id = :memberId")
    long documentId(long memberId);

    /** Inserts {@code count} (at most a million) pages in one statement, numbering them from a cross join of digits. */
    @Query("INSERT INTO page (document_id, number, content_hash, image_type, width, height)"
            + " SELECT :documentId, n + 1, SHA2(CONCAT(:slug, '-', n), 256), 'jpg', 800, 1100 FROM"
            + " (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n FROM "
            + DIGIT + " a, " + DIGIT + " b, " + DIGIT + " c, " + DIGIT + " e, " + DIGIT + " f, " + DIGIT + " g) seq"
            + " WHERE n < :count")
    void addPages(long documentId, String slug, int count);

    /** Takes pages up to {@code lastPage} out of the assignment's MySQL copy of its open pages, as if they were done. */
    @Query("DELETE FROM assignment_open WHERE assignment_id = :assignmentId AND page_id <= :lastPage")
    void markDone(long assignmentId, long lastPage);

    @Query("DELETE FROM member WHERE slug = :slug")
    void removeMember(String slug);

    /** The first version of the next button: every open page of the scope, sorted at random, for each click. */
    @Query("""
            SELECT s.page_id FROM assignment_page s WHERE s.assignment_id = :assignmentId
              AND NOT EXISTS (SELECT 1 FROM review r WHERE r.page_id = s.page_id AND r.reviewer_id = :reviewerId)
              AND (SELECT COUNT(*) FROM counting_review c WHERE c.page_id = s.page_id) < s.threshold
            ORDER BY RAND() LIMIT 1""")
    Optional<Long> orderByRand(long assignmentId, long reviewerId);
}
