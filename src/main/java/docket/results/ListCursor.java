package docket.results;

import docket.web.Problem;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where a page of a list ended, so that the next page starts right after it (keyset pagination, no
 * OFFSET): the last item's sort key and page id. In order, the key is the time the page entered the
 * list ({@code 2026-11-22T03:12:36.123456Z_345}); most tagged, its count ({@code 17_345}).
 */
record ListCursor(@Nullable Instant at, long count, long pageId) {

    /** Before the first item of the order. */
    static ListCursor start(ListOrder order) {
        return order == ListOrder.IN_ORDER ? new ListCursor(Instant.EPOCH, 0, 0) : new ListCursor(null, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    static ListCursor after(ListOrder order, ListedPage item) {
        return order == ListOrder.IN_ORDER ? new ListCursor(item.firstTaggedAt(), 0, item.id()) : new ListCursor(null, item.count(), item.id());
    }

    static ListCursor parse(ListOrder order, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return start(order);
        }
        int split = text.lastIndexOf('_');
        try {
            long pageId = Long.parseLong(text.substring(split + 1));
            String key = text.substring(0, Math.max(split, 0));
            return order == ListOrder.IN_ORDER ? new ListCursor(Instant.parse(key), 0, pageId)
                    : new ListCursor(null, Long.parseLong(key), pageId);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw Problem.badRequest("after=" + text + " is not a cursor of a " + order.param()
                    + " list; use the \"next\" value of the previous page.");
        }
    }

    @Override
    public String toString() {
        return (at != null ? at.toString() : Long.toString(count)) + "_" + pageId;
    }
}
