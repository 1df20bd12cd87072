package docket.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PageRepository extends CrudRepository<Page, Long> {

    @Query("SELECT content_hash FROM page WHERE content_hash IN (:hashes)")
    List<String> findExistingHashes(Collection<String> hashes);
}
