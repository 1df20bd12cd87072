package docket.catalog;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

@Introspected
public record MemberWithTags(MemberSummary member, List<TagCount> tags) {
}
