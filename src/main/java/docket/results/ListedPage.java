package docket.results;

import docket.catalog.ImageStore;
import docket.catalog.PageJson;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A page in a tag list: where it comes from, how many reviewers gave it the tag, and when it entered
 * the list (the first tagging; for a reviewer's list, the reviewer's own review).
 */
@Introspected
public record ListedPage(long id, int number, String contentHash, String imageType,
                         long documentId, String documentTitle, String memberSlug, String memberName,
                         @Nullable String partySlug, @Nullable String partyName,
                         long count, Instant firstTaggedAt) {

    public String thumbnailUrl() {
        return ImageStore.thumbnailUrl(contentHash);
    }

    public String imageUrl() {
        return ImageStore.imageUrl(contentHash, imageType);
    }

    PageJson json() {
        return new PageJson(id, number, imageUrl(), new PageJson.DocumentRef(documentId, documentTitle),
                new PageJson.MemberRef(memberSlug, memberName),
                partySlug == null ? null : new PageJson.PartyRef(partySlug, partyName));
    }
}
