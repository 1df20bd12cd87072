package docket.catalog;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record CorpusCounts(long parties, long members, long documents, long pages) {
}
