package docket.editor;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keyset paging of the desk's newest-first lists: a page reads the ids below a cursor, so it stays
 * stable while new entries arrive; the cursor of the next page is the last id shown.
 */
final class Paging {

    static final int PAGE = 50;
    private static final int MAX_PAGE = 500;

    private Paging() {
    }

    static int limit(@Nullable Integer asked) {
        return asked == null ? PAGE : Math.max(1, Math.min(MAX_PAGE, asked));
    }

    /** The id to read below: everything on the first page. */
    static long below(@Nullable Long after) {
        return after == null ? Long.MAX_VALUE : after;
    }

    /** The cursor of the next (older) page, or null when this page is not full and so is the last. */
    @Nullable
    static <T> String next(List<T> items, int limit, ToLongFunction<T> id) {
        return items.size() < limit ? null : String.valueOf(id.applyAsLong(items.get(items.size() - 1)));
    }
}
