package docket.tag;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TagRepository extends CrudRepository<Tag, Long> {

    List<Tag> findByActiveTrueOrderByPosition();

    List<Tag> findBySlugIn(Collection<String> slugs);

    Optional<Tag> findBySlug(String slug);

    List<Tag> findAllOrderByPosition();
}
