package docket.review;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;


@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReviewerRepository extends CrudRepository<Reviewer, Long> {

    @Query("UPDATE reviewer SET name = :name WHERE id = :id")
    void rename(long id, String name);
}
