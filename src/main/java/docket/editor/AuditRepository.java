package docket.editor;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    List<AuditEntry> findByTargetTypeAndTargetIdOrderById(String targetType, String targetId);
}
