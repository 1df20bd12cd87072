package docket.catalog;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record PartySummary(long id, String slug, String name, long members, long documents, long pages) {
}
