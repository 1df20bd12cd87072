package docket.editor;

import docket.catalog.ImageStore;
import docket.review.Reviewer;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What the desk's queues and activity stream show; banned reviewers do not count. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeskQueries extends GenericRepository<Reviewer, Long> {

    @Introspected
    @Serdeable
    record QueuedPage(long pageId, String contentHash, String memberName, String documentTitle, long count) {

        public String thumbnailUrl() {
            return ImageStore.thumbnailUrl(contentHash);
        }
    }

    @Introspected
    @Serdeable
    record Activity(long id, Instant createdAt, String reviewer, long pageId, @Nullable String assignment,
                    boolean interesting, boolean skipped, @Nullable String tags) {
    }

    String QUEUE = """
            SELECT pg.id AS page_id, pg.content_hash, m.name AS member_name, d.title AS document_title, COUNT(*) AS count
            FROM standing_review r JOIN page pg ON pg.id = r.page_id
            JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
            WHERE
            """;

    /** Pages most flagged "investigate this" that are not discoveries yet. */
    @Query(QUEUE + """
            r.interesting = TRUE AND NOT EXISTS (SELECT 1 FROM discovery x WHERE x.page_id = pg.id)
            GROUP BY pg.id, pg.content_hash, m.name, d.title ORDER BY count DESC, pg.id LIMIT 50""")
    List<QueuedPage> investigateQueue();

    /** Pages skipped by several reviewers: unreadable, or in the wrong document. */
    @Query(QUEUE + """
            r.skipped = TRUE
            GROUP BY pg.id, pg.content_hash, m.name, d.title HAVING COUNT(*) >= 2 ORDER BY count DESC, pg.id LIMIT 50""")
    List<QueuedPage> skipQueue();

    /** Reviews newest first, below a cursor, filtered by whichever of assignment, tag, reviewer and flag are given. */
    @Query("""
            SELECT r.id, r.created_at, w.name AS reviewer, r.page_id, a.slug AS assignment, r.interesting, r.skipped,
                   (SELECT GROUP_CONCAT(t.slug ORDER BY t.position SEPARATOR ', ') FROM review_tag rt
                      JOIN tag t ON t.id = rt.tag_id WHERE rt.review_id = r.id) AS tags
            FROM review r JOIN reviewer w ON w.id = r.reviewer_id LEFT JOIN assignment a ON a.id = r.assignment_id
            WHERE r.id < :after
              AND (:assignment IS NULL OR a.slug = :assignment)
              AND (:reviewer IS NULL OR w.name = :reviewer)
              AND (:interesting IS NULL OR r.interesting = :interesting)
              AND (:tag IS NULL OR EXISTS (SELECT 1 FROM review_tag rt JOIN tag t ON t.id = rt.tag_id
                                           WHERE rt.review_id = r.id AND t.slug = :tag))
            ORDER BY r.id DESC LIMIT :limit""")
    List<Activity> activity(long after, @Nullable String assignment, @Nullable String tag, @Nullable String reviewer,
                            @Nullable Boolean interesting, int limit);
}
