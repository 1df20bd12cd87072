package docket.tag;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TagRepository extends CrudRepository<Tag, Long> {

    List<Tag> findByActiveTrueOrderByPosition();

    List<Tag> findBySlugIn(Collection<String> slugs);
}
