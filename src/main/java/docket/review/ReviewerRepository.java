package docket.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;


@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReviewerRepository extends CrudRepository<Reviewer, Long> {

    Optional<Reviewer> findByName(String name);

    boolean existsByRole(ReviewerRole role);

    @Query("UPDATE reviewer SET banned_at = :bannedAt WHERE id = :id")
    void setBannedAt(long id, @Nullable Instant bannedAt);

    @Query("UPDATE reviewer SET name = :name WHERE id = :id")
    void rename(long id, String name);
}
