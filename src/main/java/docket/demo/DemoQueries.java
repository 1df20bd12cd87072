package docket.demo;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DemoQueries extends GenericRepository<Party, Long> {

    /** A demo document once imported: its file name is unique among its member's. */
    @Query("SELECT d.id FROM document d JOIN member m ON m.id = d.member_id WHERE m.slug = :memberSlug AND d.source_name = :fileName")
    Optional<Long> documentId(String memberSlug, String fileName);
}
