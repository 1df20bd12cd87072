package docket.catalog;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record PageSummary(long id, int number, String contentHash, String imageType) {

    public String thumbnailUrl() {
        return ImageStore.thumbnailUrl(contentHash);
    }
}
