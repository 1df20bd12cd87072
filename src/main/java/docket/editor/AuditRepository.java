package docket.editor;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    List<AuditEntry> findByTargetTypeAndTargetIdOrderById(String targetType, String targetId);

    /** Newest first, from just below the cursor: keyset pagination, stable while entries are added. */
    @Query("""
            SELECT a.id, r.name AS actor, a.action, a.target_type, a.target_id, a.before_json, a.after_json, a.created_at
            FROM audit_log a LEFT JOIN reviewer r ON r.id = a.actor_id
            WHERE a.id < :before ORDER BY a.id DESC LIMIT :limit""")
    List<AuditLine> newestBelow(long before, int limit);
}
