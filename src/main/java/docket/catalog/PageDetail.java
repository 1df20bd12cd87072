package docket.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A page with its document, member and party, and its neighbours in the document. */
@Introspected
public record PageDetail(long id, int number, String contentHash, String imageType, int width, int height,
                         long documentId, String documentTitle, long documentPages,
                         String memberSlug, String memberName,
                         @Nullable String partySlug, @Nullable String partyName,
                         @Nullable Long previousId, @Nullable Long nextId) {

    public String imageUrl() {
        return ImageStore.imageUrl(contentHash, imageType);
    }
}
