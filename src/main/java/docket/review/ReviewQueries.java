package docket.review;

import docket.catalog.TagCount;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** What reviewers said about a page, counting only reviewers who are not banned ({@code standing_review}). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReviewQueries extends GenericRepository<Reviewer, Long> {

    @Introspected
    record Counts(long reviews, long skips, long interesting) {
    }

    @Query("""
            SELECT t.slug, t.name, COUNT(*) AS count FROM review_tag rt
            JOIN tag t ON t.id = rt.tag_id JOIN standing_review r ON r.id = rt.review_id
            WHERE rt.page_id = :pageId
            GROUP BY t.id, t.slug, t.name, t.position ORDER BY t.position, t.slug""")
    List<TagCount> tallies(long pageId);

    @Query("""
            SELECT COALESCE(SUM(NOT r.skipped), 0) AS reviews, COALESCE(SUM(r.skipped), 0) AS skips,
                   COALESCE(SUM(r.interesting), 0) AS interesting
            FROM standing_review r WHERE r.page_id = :pageId""")
    Counts counts(long pageId);
}
