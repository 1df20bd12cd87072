package docket.results;

import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds a tag list by its path and reads it a page at a time, or whole for exports. */
@Singleton
public class TagLists {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final int EXPORT_BATCH = 1000;

    private final TagRepository tags;
    private final ScopeNames names;
    private final ResultQueries queries;
    private final ResultSettings settings;

    TagLists(TagRepository tags, ScopeNames names, ResultQueries queries, ResultSettings settings) {
        this.tags = tags;
        this.names = names;
        this.queries = queries;
        this.settings = settings;
    }

    /**
     * One page of a list. In order, {@code next} is where the page ended even on the last page, so a
     * reader can come back later and continue; most tagged, it is null on the last page.
     */
    public record Page(List<ListedPage> items, @Nullable String next, boolean more) {
    }

    /** The list at {@code /SEGMENT/KEY/tags/TAG}, or {@code /tags/TAG} when the segment is null. */
    public TagList find(@Nullable String segment, @Nullable String key, String tagSlug) {
        Tag tag = tags.findBySlug(tagSlug).orElseThrow(() -> NotFound.of("tag", tagSlug));
        if (segment == null) {
            return new TagList(ListScope.ALL, null, 0, null, tag.id(), tag.slug(), tag.name());
        }
        ListScope scope = ListScope.bySegment(segment).orElseThrow(() -> NotFound.of("list", "/" + segment + "/…"));
        ScopeNames.Named named = (switch (scope) {
            case PARTY -> names.party(key);
            case MEMBER -> names.member(key);
            case DOCUMENT -> key.matches("\\d{1,18}") ? names.document(Long.parseLong(key)) : Optional.<ScopeNames.Named>empty();
            case ASSIGNMENT -> names.assignment(key);
            case REVIEWER -> names.reviewer(key);
            case ALL -> throw new IllegalStateException();
        }).orElseThrow(() -> NotFound.of(scope.name().toLowerCase(), key));
        return new TagList(scope, named.key(), named.id(), named.name(), tag.id(), tag.slug(), tag.name());
    }

    public Page page(TagList list, ListOrder order, @Nullable String after, int limit) {
        return read(list, order, ListCursor.parse(order, after), Math.max(1, Math.min(limit, MAX_LIMIT)), settled());
    }

    /** The {@code limit} pages that entered the list last, newest first. */
    public List<ListedPage> latest(TagList list, int limit) {
        return queries.latest(list, Math.max(1, Math.min(limit, MAX_LIMIT)), settled());
    }

    /**
     * Every item after the cursor, read a batch at a time as the subscriber asks for more, so that an
     * export of a million rows never holds more than one batch. An in-order export ends where the
     * list had settled when it started.
     */
    Flux<List<ListedPage>> batches(TagList list, ListOrder order, @Nullable String after) {
        ListCursor from = ListCursor.parse(order, after);
        Instant settled = settled();
        return Flux.<List<ListedPage>, Page>generate(() -> read(list, order, from, EXPORT_BATCH, settled),
                        (page, sink) -> {
                            sink.next(page.items());
                            if (!page.more()) {
                                sink.complete();
                                return page;
                            }
                            return read(list, order, ListCursor.parse(order, page.next()), EXPORT_BATCH, settled);
                        })
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Page read(TagList list, ListOrder order, ListCursor from, int size, Instant settled) {
        List<ListedPage> found = queries.page(list, order, from, size + 1, settled);
        boolean more = found.size() > size;
        List<ListedPage> items = more ? found.subList(0, size) : found;
        ListCursor last = items.isEmpty() ? from : ListCursor.after(order, items.get(items.size() - 1));
        return new Page(items, more || order == ListOrder.IN_ORDER ? last.toString() : null, more);
    }

    private Instant settled() {
        return Instant.now().minus(settings.settle());
    }
}
