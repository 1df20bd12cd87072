package docket.results;

import docket.catalog.Party;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Finds what a list is narrowed to by the key in its path. Draft assignments are the editors' own and have no lists. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ScopeNames extends GenericRepository<Party, Long> {

    @Introspected
    record Named(long id, String key, String name) {
    }

    @Query("SELECT id, slug AS `key`, name FROM party WHERE slug = :key")
    Optional<Named> party(String key);

    @Query("SELECT id, slug AS `key`, name FROM member WHERE slug = :key")
    Optional<Named> member(String key);

    @Query("SELECT id, CAST(id AS CHAR) AS `key`, title AS name FROM document WHERE id = :id")
    Optional<Named> document(long id);

    @Query("SELECT id, slug AS `key`, title AS name FROM assignment WHERE slug = :key AND state <> 'draft'")
    Optional<Named> assignment(String key);

    @Query("SELECT id, name AS `key`, name FROM reviewer WHERE name = :key")
    Optional<Named> reviewer(String key);
}
