package docket.editor;

import docket.review.ReviewerRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Records editorial actions in the audit log, with the state before and after as JSON. */
@Singleton
class Audit {

    private final AuditRepository entries;
    private final ReviewerRepository reviewers;
    private final JsonMapper json;

    Audit(AuditRepository entries, ReviewerRepository reviewers, JsonMapper json) {
        this.entries = entries;
        this.reviewers = reviewers;
        this.json = json;
    }

    void record(String editor, String action, String targetType, String targetId, @Nullable Object before, @Nullable Object after) {
        Long actor = reviewers.findByName(editor).map(r -> r.id()).orElse(null);
        entries.save(new AuditEntry(null, actor, action, targetType, targetId, toJson(before), toJson(after), null));
    }

    private String toJson(@Nullable Object state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
