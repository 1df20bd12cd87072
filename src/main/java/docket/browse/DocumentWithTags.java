package docket.browse;

import docket.catalog.DocumentSummary;
import docket.catalog.TagCount;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

@Introspected
public record DocumentWithTags(DocumentSummary document, List<TagCount> tags) {
}
