package docket.catalog;

import io.micronaut.core.annotation.Introspected;

/** How many pages of a party, member or document have the tag. */
@Introspected
public record TagCount(String slug, String name, long pages) {
}
