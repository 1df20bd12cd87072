package docket.results;

import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.catalog.CatalogQueries;
import docket.review.ReviewerRepository;
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
    private final CatalogQueries catalog;
    private final AssignmentRepository assignments;
    private final ReviewerRepository reviewers;
    private final ResultQueries queries;
    private final ResultSettings settings;

    TagLists(TagRepository tags, CatalogQueries catalog, AssignmentRepository assignments, ReviewerRepository reviewers,
             ResultQueries queries, ResultSettings settings) {
        this.tags = tags;
        this.catalog = catalog;
        this.assignments = assignments;
        this.reviewers = reviewers;
        this.queries = queries;
        this.settings = settings;
    }

    /**
     * One page of a list. In order, {@code next} is where the page ended even on the last page, so a
     * reader can come back later and continue; most tagged, it is null on the last page.
     */
    /** What a list is narrowed to: its id, the key in its path, and its name. */
    private record Named(long id, String key, String name) {
    }

    public record Page(List<ListedPage> items, @Nullable String next, boolean more) {
    }

    /** The list at {@code /SEGMENT/KEY/tags/TAG}, or {@code /tags/TAG} when the segment is null. */
    public TagList find(@Nullable String segment, @Nullable String key, String tagSlug) {
        Tag tag = tags.findBySlug(tagSlug).orElseThrow(() -> NotFound.of("tag", tagSlug));
        if (segment == null) {
            return new TagList(ListScope.ALL, null, 0, null, tag.id(), tag.slug(), tag.name());
        }
        ListScope scope = ListScope.bySegment(segment).orElseThrow(() -> NotFound.of("list", "/" + segment + "/…"));
        Named named = (switch (scope) {
            case PARTY -> catalog.findBySlug(key).map(p -> new Named(p.id(), p.slug(), p.name()));
            case MEMBER -> catalog.member(key).map(m -> new Named(m.id(), m.slug(), m.name()));
            case DOCUMENT -> key.matches("\\d{1,18}")
                    ? catalog.document(Long.parseLong(key)).map(d -> new Named(d.id(), String.valueOf(d.id()), d.title())) : Optional.<Named>empty();
            // Draft assignments are the editors' own and have no lists.
            case ASSIGNMENT -> assignments.findBySlug(key).filter(a -> a.state() != AssignmentState.DRAFT)
                    .map(a -> new Named(a.id(), a.slug(), a.title()));
            case REVIEWER -> reviewers.findByName(key).map(r -> new Named(r.id(), r.name(), r.name()));
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
