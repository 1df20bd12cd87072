package docket.browse;

import docket.catalog.MemberSummary;
import docket.catalog.TagCount;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

@Introspected
public record MemberWithTags(MemberSummary member, List<TagCount> tags) {
}
