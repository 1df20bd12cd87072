package docket.catalog;

import io.micronaut.core.annotation.Introspected;

/** A tag with a count: how many pages of a party, member or document have it, or how many reviewers gave it to a page. */
@Introspected
public record TagCount(String slug, String name, long count) {
}
