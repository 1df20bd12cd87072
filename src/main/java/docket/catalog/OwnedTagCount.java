package docket.catalog;

import io.micronaut.core.annotation.Introspected;

/** A tag count of one member or document ({@code owner} is its id), read for all of them at once. */
@Introspected
public record OwnedTagCount(long owner, String slug, String name, long count) {
}
