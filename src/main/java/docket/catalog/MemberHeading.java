package docket.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

@Introspected
public record MemberHeading(long id, String slug, String name, @Nullable String partySlug, @Nullable String partyName) {
}
