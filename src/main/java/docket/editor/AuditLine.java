package docket.editor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An audit entry as editors read it, with the acting editor's name. */
@Introspected
@Serdeable
public record AuditLine(long id, @Nullable String actor, String action, String targetType, String targetId,
                        @Nullable String beforeJson, @Nullable String afterJson, Instant createdAt) {
}
