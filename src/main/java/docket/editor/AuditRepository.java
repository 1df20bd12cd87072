package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    /** One entry by the editor of that name: the subselect finds their id in the same statement. */
    @Query("""
            INSERT INTO audit_log (actor_id, action, target_type, target_id, before_json, after_json)
            VALUES ((SELECT id FROM reviewer WHERE name = :editor), :action, :targetType, :targetId, :beforeJson, :afterJson)""")
    void add(String editor, String action, String targetType, String targetId, @Nullable String beforeJson,
             @Nullable String afterJson);

    List<AuditEntry> findByTargetTypeAndTargetIdOrderById(String targetType, String targetId);

    /** Newest first, from just below the cursor: keyset pagination, stable while entries are added. */
    @Query("""
            SELECT a.id, r.name AS actor, a.action, a.target_type, a.target_id, a.before_json, a.after_json, a.created_at
            FROM audit_log a LEFT JOIN reviewer r ON r.id = a.actor_id
            WHERE a.id < :before ORDER BY a.id DESC LIMIT :limit""")
    List<AuditLine> newestBelow(long before, int limit);
}
