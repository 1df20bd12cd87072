package docket.catalog;

import io.micronaut.core.annotation.Introspected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A tag count of one member or document ({@code owner} is its id), read for all of them at once. */
@Introspected
public record OwnedTagCount(long owner, String slug, String name, long count) {

    /** The counts of each owner, in the order of the rows. */
    static Map<Long, List<TagCount>> byOwner(List<OwnedTagCount> rows) {
        return rows.stream().collect(Collectors.groupingBy(OwnedTagCount::owner, LinkedHashMap::new,
                Collectors.mapping(row -> new TagCount(row.slug(), row.name(), row.count()), Collectors.toList())));
    }
}
