package docket.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * One row of the parties-and-members listing: a member with their party, a party with no member yet
 * (no {@code slug}), or a member without a party (no {@code partySlug}).
 */
@Introspected
public record PartyMember(@Nullable String partySlug, @Nullable String partyName, @Nullable String slug, @Nullable String name) {
}
