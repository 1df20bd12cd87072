package docket.review;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewRepository extends CrudRepository<Review, Long> {

    /** Locks the page's row until the transaction ends; empty when there is no such page. */
    @Query("SELECT id FROM page WHERE id = :pageId FOR UPDATE")
    Optional<Long> lockPage(long pageId);

    @Query("INSERT INTO review_tag (review_id, tag_id, page_id, created_at) VALUES (:reviewId, :tagId, :pageId, :createdAt)")
    void addTag(long reviewId, long tagId, long pageId, Instant createdAt);
}
