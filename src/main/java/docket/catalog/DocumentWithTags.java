package docket.catalog;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

@Introspected
public record DocumentWithTags(DocumentSummary document, List<TagCount> tags) {
}
