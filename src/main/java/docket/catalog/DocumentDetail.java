package docket.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

@Introspected
public record DocumentDetail(long id, String title, String sourceName, String memberSlug, String memberName,
                             @Nullable String partySlug, @Nullable String partyName) {
}
