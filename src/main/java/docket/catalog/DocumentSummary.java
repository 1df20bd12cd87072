package docket.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A document in a list; {@code cover} is the content hash of its first page. */
@Introspected
public record DocumentSummary(long id, String title, long pages, @Nullable String cover) {

    public String coverUrl() {
        return cover == null ? null : ImageStore.thumbnailUrl(cover);
    }
}
