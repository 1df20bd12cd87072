package docket.community;

import docket.catalog.ImageStore;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A published discovery as the public pages show it. */
@Introspected
@Serdeable
public record DiscoveryView(long id, String headline, String note, long pageId, String contentHash,
                            String memberSlug, String memberName, @Nullable String partySlug, @Nullable String partyName,
                            @Nullable String credit, boolean published, Instant createdAt) {

    public String thumbnailUrl() {
        return ImageStore.thumbnailUrl(contentHash);
    }
}
