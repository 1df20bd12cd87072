package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One editorial action: who, what, when, and the state before and after as JSON. */
@MappedEntity("audit_log")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id, @Nullable Long actorId, String action, String targetType,
                         String targetId, @Nullable String beforeJson, @Nullable String afterJson,
                         @DateCreated @Nullable Instant createdAt) {
}
