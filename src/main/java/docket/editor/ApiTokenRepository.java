package docket.editor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiTokenRepository extends CrudRepository<ApiToken, Long> {

    List<ApiToken> findByReviewerIdOrderById(long reviewerId);

    Optional<ApiToken> findByIdAndReviewerId(long id, long reviewerId);

    /** The editor a token belongs to, while they are an editor and not banned. */
    @Query("""
            SELECT t.id, r.name FROM api_token t JOIN reviewer r ON r.id = t.reviewer_id
            WHERE t.token_hash = :tokenHash AND r.role = 'editor' AND r.banned_at IS NULL""")
    Optional<TokenHolder> holder(String tokenHash);

    @Query("UPDATE api_token SET last_used_at = :now WHERE id = :id")
    void used(long id, Instant now);

    @Introspected
    record TokenHolder(long id, String name) {
    }
}
