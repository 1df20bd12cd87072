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

    // STRAIGHT_JOIN keeps the tables in the order written. Left to itself, the optimizer may start from
    // the few members and sort the whole list for every page: 2 s instead of 1 ms at a million rows.
    private static final String COLUMNS = "SELECT STRAIGHT_JOIN pg.id, pg.number, pg.content_hash, pg.image_type,"
            + " d.id, d.title, m.slug, m.name, p.slug, p.name, tp.reviews, ";

    private static final String OWNERS = " JOIN document d ON d.id = pg.document_id"
            + " JOIN member m ON m.id = d.member_id LEFT JOIN party p ON p.id = m.party_id";

    // A tag's list, alone or with a party, member or assignment, is read from tagged_page in the order of
    // one of its indexes, until the page is full.
    private static final String FROM_TAGGED = "tp.first_tagged_at FROM tagged_page tp JOIN page pg ON pg.id = tp.page_id"
            + OWNERS + " WHERE tp.tag_id = ?";

    // A document has a few hundred pages at most: they are found first, then sorted.
    private static final String FROM_DOCUMENT = "tp.first_tagged_at FROM page pg"
            + " JOIN tagged_page tp ON tp.tag_id = ? AND tp.page_id = pg.id" + OWNERS + " WHERE pg.document_id = ?";

    // A reviewer's list holds the pages they gave the tag, entering it when they did, by the index of
    // their reviews in time; their reviews count only while they are not banned.
    private static final String FROM_REVIEWS = "r.created_at FROM review r JOIN reviewer w ON w.id = r.reviewer_id AND w.banned_at IS NULL"
            + " JOIN review_tag rt ON rt.review_id = r.id AND rt.tag_id = ?"
            + " JOIN tagged_page tp ON tp.tag_id = rt.tag_id AND tp.page_id = r.page_id"
            + " JOIN page pg ON pg.id = tp.page_id" + OWNERS + " WHERE r.reviewer_id = ?";

    // ScopeQueries.IN_SCOPE's rule on tagged_page's own columns: each small subquery is read once,
    // where the page-id subquery would list every page in scope.
    private static final String IN_ASSIGNMENT = " AND (pg.document_id IN (SELECT document_id FROM assignment_document WHERE assignment_id = ?)"
            + " OR tp.member_id IN (SELECT member_id FROM assignment_member WHERE assignment_id = ?)"
            + " OR tp.party_id IN (SELECT party_id FROM assignment_party WHERE assignment_id = ?))";

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
        String sql = source(list.scope()) + switch (order) {
            case IN_ORDER -> " AND " + at + " < ? AND (" + at + " > ? OR (" + at + " = ? AND " + pageId + " > ?))" + orderBy(list, order);
            case MOST_TAGGED -> " AND (tp.reviews < ? OR (tp.reviews = ? AND " + pageId + " < ?))" + orderBy(list, order);
        } + " LIMIT ?";
        return query(sql, statement -> {
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
        String sql = source(list.scope()) + " AND " + at + " < ? ORDER BY " + at + " DESC, " + pageId(list.scope()) + " DESC LIMIT ?";
        return query(sql, statement -> {
            int i = bindScope(statement, list);
            statement.setTimestamp(i++, Timestamp.from(settled));
            statement.setInt(i, limit);
        });
    }

    /** The same list paged with OFFSET, as it would be without keyset pagination: for {@code tools/bench feeds} only. */
    List<ListedPage> pageAt(TagList list, ListOrder order, long offset, int limit, Instant settled) {
        String sql = source(list.scope()) + (order == ListOrder.IN_ORDER ? " AND " + at(list.scope()) + " < ?" : "")
                + orderBy(list, order) + " LIMIT ? OFFSET ?";
        return query(sql, statement -> {
            int i = bindScope(statement, list);
            if (order == ListOrder.IN_ORDER) {
                statement.setTimestamp(i++, Timestamp.from(settled));
            }
            statement.setInt(i++, limit);
            statement.setLong(i, offset);
        });
    }

    private static String source(ListScope scope) {
        return COLUMNS + switch (scope) {
            case ALL -> FROM_TAGGED;
            case PARTY -> FROM_TAGGED + " AND tp.party_id = ?";
            case MEMBER -> FROM_TAGGED + " AND tp.member_id = ?";
            case ASSIGNMENT -> FROM_TAGGED + IN_ASSIGNMENT;
            case DOCUMENT -> FROM_DOCUMENT;
            case REVIEWER -> FROM_REVIEWS;
        };
    }

    private static String orderBy(TagList list, ListOrder order) {
        String pageId = pageId(list.scope());
        return order == ListOrder.IN_ORDER ? " ORDER BY " + at(list.scope()) + ", " + pageId
                : " ORDER BY tp.reviews DESC, " + pageId + " DESC";
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
