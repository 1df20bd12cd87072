package docket.results;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the tag lists, put together from fixed parts: where to start reading, the scope filter
 * and the order. Every order is a keyset range on an index, so any page of a list of a million costs
 * about what the first one does ({@code tools/bench feeds}).
 */
@Singleton
class ResultQueries {

    // The keys of the page are read first, with no join, from the index of the order; only then are the
    // page's document, member and party looked up, in that order (STRAIGHT_JOIN). Both the index and the
    // join order are named, because the optimizer, misled by statistics that lag behind a large import,
    // has been seen to read the whole list for every page: 1-2 s instead of 1 ms at a million rows.
    private static final String COLUMNS = "SELECT STRAIGHT_JOIN pg.id, pg.number, pg.content_hash, pg.image_type,"
            + " d.id, d.title, m.slug, m.name, p.slug, p.name, tp.reviews, tp.at FROM (";

    private static final String DETAILS = ") tp JOIN page pg ON pg.id = tp.page_id JOIN document d ON d.id = pg.document_id"
            + " JOIN member m ON m.id = d.member_id LEFT JOIN party p ON p.id = m.party_id";

    private static final String TAGGED = "SELECT tp.page_id, tp.reviews, tp.first_tagged_at AS at FROM tagged_page tp%s WHERE tp.tag_id = ?";

    // A reviewer's list holds the pages they gave the tag, entering it when they did, read by the index
    // of their reviews in time; their reviews count only while they are not banned (standing_review,
    // merged into this query, so STRAIGHT_JOIN still reads review first).
    private static final String REVIEWED = "SELECT STRAIGHT_JOIN r.page_id, tp.reviews, r.created_at AS at FROM standing_review r"
            + " JOIN review_tag rt ON rt.review_id = r.id AND rt.tag_id = ?"
            + " JOIN tagged_page tp ON tp.tag_id = rt.tag_id AND tp.page_id = r.page_id WHERE r.reviewer_id = ?";

    // A document's few hundred pages at most are found first, then sorted.
    private static final String DOCUMENT_PAGES = "SELECT STRAIGHT_JOIN tp.page_id, tp.reviews, tp.first_tagged_at AS at FROM page x"
            + " JOIN tagged_page tp ON tp.tag_id = ? AND tp.page_id = x.id WHERE x.document_id = ?";

    // The rule of the view assignment_page on tagged_page's own columns, so the list stays a range on its index:
    // each small subquery is read once.
    private static final String IN_ASSIGNMENT = " AND (tp.member_id IN (SELECT member_id FROM assignment_member WHERE assignment_id = ?)"
            + " OR tp.party_id IN (SELECT party_id FROM assignment_party WHERE assignment_id = ?)"
            + " OR tp.page_id IN (SELECT x.id FROM page x JOIN assignment_document ad ON ad.document_id = x.document_id"
            + " WHERE ad.assignment_id = ?))";

    private final JdbcOperations jdbc;

    ResultQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} items after the cursor. In order, only items that entered the list before
     * {@code settled} are shown: a review commits a moment after its time is taken, and a later one
     * could otherwise be passed over by a reader who had already gone beyond it.
     */
    List<ListedPage> page(TagList list, ListOrder order, ListCursor after, int limit, Instant settled) {
        String at = at(list.scope());
        String pageId = pageId(list.scope());
        String keys = keys(list.scope(), order) + switch (order) {
            case IN_ORDER -> " AND " + at + " < ? AND (" + at + " > ? OR (" + at + " = ? AND " + pageId + " > ?))";
            case MOST_TAGGED -> " AND (tp.reviews < ? OR (tp.reviews = ? AND " + pageId + " < ?))";
        };
        return query(COLUMNS + keys + orderBy(order, at, pageId) + " LIMIT ?" + DETAILS + orderBy(order, "tp.at", "tp.page_id"),
                statement -> {
                    int i = bindScope(statement, list);
                    if (order == ListOrder.IN_ORDER) {
                        statement.setTimestamp(i++, Timestamp.from(settled));
                        statement.setTimestamp(i++, Timestamp.from(after.at()));
                        statement.setTimestamp(i++, Timestamp.from(after.at()));
                    } else {
                        statement.setLong(i++, after.count());
                        statement.setLong(i++, after.count());
                    }
                    statement.setLong(i++, after.pageId());
                    statement.setInt(i, limit);
                });
    }

    /** The {@code limit} items that entered the list last, newest first: what a feed reader shows. */
    List<ListedPage> latest(TagList list, int limit, Instant settled) {
        String at = at(list.scope());
        String newest = " ORDER BY %s DESC, %s DESC";
        return query(COLUMNS + keys(list.scope(), ListOrder.IN_ORDER) + " AND " + at + " < ?" + newest.formatted(at, pageId(list.scope())) + " LIMIT ?"
                + DETAILS + newest.formatted("tp.at", "tp.page_id"), statement -> {
            int i = bindScope(statement, list);
            statement.setTimestamp(i++, Timestamp.from(settled));
            statement.setInt(i, limit);
        });
    }

    /** The same list paged with OFFSET, as it would be without keyset pagination: for {@code tools/bench feeds} only. */
    List<ListedPage> pageAt(TagList list, ListOrder order, long offset, int limit, Instant settled) {
        String at = at(list.scope());
        String keys = keys(list.scope(), order) + (order == ListOrder.IN_ORDER ? " AND " + at + " < ?" : "");
        return query(COLUMNS + keys + orderBy(order, at, pageId(list.scope())) + " LIMIT ? OFFSET ?"
                + DETAILS + orderBy(order, "tp.at", "tp.page_id"), statement -> {
            int i = bindScope(statement, list);
            if (order == ListOrder.IN_ORDER) {
                statement.setTimestamp(i++, Timestamp.from(settled));
            }
            statement.setInt(i++, limit);
            statement.setLong(i, offset);
        });
    }

    /** The list's keys (page, count, time), before the order's condition. */
    private static String keys(ListScope scope, ListOrder order) {
        String index = order == ListOrder.IN_ORDER ? "in_order" : "most_tagged";
        return switch (scope) {
            case ALL -> tagged("tagged_page_" + index);
            case PARTY -> tagged("tagged_page_party_" + index) + " AND tp.party_id = ?";
            case MEMBER -> tagged("tagged_page_member_" + index) + " AND tp.member_id = ?";
            case ASSIGNMENT -> tagged("tagged_page_" + index) + IN_ASSIGNMENT;
            case DOCUMENT -> DOCUMENT_PAGES;
            case REVIEWER -> REVIEWED;
        };
    }

    private static String tagged(String index) {
        return TAGGED.formatted(" FORCE INDEX (" + index + ")");
    }

    private static String orderBy(ListOrder order, String at, String pageId) {
        return order == ListOrder.IN_ORDER ? " ORDER BY " + at + ", " + pageId : " ORDER BY tp.reviews DESC, " + pageId + " DESC";
    }

    /** When a page entered the list: its first tagging, or in a reviewer's list their own review. */
    private static String at(ListScope scope) {
        return scope == ListScope.REVIEWER ? "r.created_at" : "tp.first_tagged_at";
    }

    private static String pageId(ListScope scope) {
        return scope == ListScope.REVIEWER ? "r.page_id" : "tp.page_id";
    }

    /** Binds the tag and the scope; returns the next parameter index. */
    private static int bindScope(PreparedStatement statement, TagList list) throws SQLException {
        int i = 1;
        statement.setLong(i++, list.tagId());
        int times = switch (list.scope()) {
            case ALL -> 0;
            case ASSIGNMENT -> 3;
            default -> 1;
        };
        for (int n = 0; n < times; n++) {
            statement.setLong(i++, list.scopeId());
        }
        return i;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<ListedPage> query(String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                List<ListedPage> items = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        items.add(new ListedPage(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                                rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getString(9), rows.getString(10), rows.getLong(11), rows.getTimestamp(12).toInstant()));
                    }
                }
                return items;
            }
        });
    }
}
