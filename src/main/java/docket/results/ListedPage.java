package docket.results;

import docket.catalog.ImageStore;
import docket.catalog.PageJson;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A page in a tag list: where it comes from, how many reviewers gave it the tag, and when it entered
 * the list (the first tagging; for a reviewer's list, the reviewer's own review).
 */
@Introspected
public record ListedPage(long id, int number, String contentHash, String imageType,
                         long documentId, String documentTitle, String memberSlug, String memberName,
                         @Nullable String partySlug, @Nullable String partyName,
                         long count, Instant firstTaggedAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    /** When the page entered the list, for people. */
    public String when() {
        return WHEN.format(firstTaggedAt);
    }

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
