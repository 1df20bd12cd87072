package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Records editorial actions in the audit log, with the state before and after as JSON. */
@Singleton
class Audit {

    private final AuditRepository entries;
    private final JsonMapper json;

    Audit(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    void record(String editor, String action, String targetType, String targetId, @Nullable Object before, @Nullable Object after) {
        entries.add(editor, action, targetType, targetId, toJson(before), toJson(after));
    }

    private String toJson(@Nullable Object state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
