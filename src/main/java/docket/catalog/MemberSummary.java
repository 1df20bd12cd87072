package docket.catalog;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record MemberSummary(long id, String slug, String name, long documents, long pages) {
}
