package docket.results;

import docket.assignment.ScopeQueries;
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
 * The SQL of the tag lists, put together from fixed parts: the source ({@code tagged_page}, or a
 * reviewer's reviews), the scope filter and the order. Every order is a keyset range on an index,
 * so any page of a list of a million costs about what the first one does.
 */
@Singleton
class ResultQueries {

    private static final String PAGE = " JOIN page pg ON pg.id = tp.page_id JOIN document d ON d.id = pg.document_id"
            + " JOIN member m ON m.id = d.member_id LEFT JOIN party p ON p.id = m.party_id";

    private static final String COLUMNS = """
            SELECT pg.id, pg.number, pg.content_hash, pg.image_type, d.id, d.title, m.slug, m.name, p.slug, p.name, tp.reviews,\s""";

    private static final String FROM_TAGGED = "tp.first_tagged_at FROM tagged_page tp" + PAGE + " WHERE tp.tag_id = ?";

    // A reviewer's list holds the pages they gave the tag, entering it when they did; their reviews
    // count only while they are not banned.
    private static final String FROM_REVIEWS = """
            r.created_at FROM review r JOIN reviewer w ON w.id = r.reviewer_id AND w.banned_at IS NULL
             JOIN review_tag rt ON rt.review_id = r.id AND rt.tag_id = ?
             JOIN tagged_page tp ON tp.tag_id = rt.tag_id AND tp.page_id = r.page_id""" + PAGE + " WHERE r.reviewer_id = ?";

    private static final String IN_ASSIGNMENT = " AND pg.id IN " + ScopeQueries.IN_SCOPE.replace(":assignmentId", "?");

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
        boolean reviewer = list.scope() == ListScope.REVIEWER;
        String at = reviewer ? "r.created_at" : "tp.first_tagged_at";
        String pageId = reviewer ? "r.page_id" : "tp.page_id";
        String sql = COLUMNS + (reviewer ? FROM_REVIEWS : FROM_TAGGED) + filter(list.scope()) + switch (order) {
            case IN_ORDER -> " AND " + at + " < ? AND (" + at + " > ? OR (" + at + " = ? AND " + pageId + " > ?))"
                    + " ORDER BY " + at + ", " + pageId + " LIMIT ?";
            case MOST_TAGGED -> " AND (tp.reviews < ? OR (tp.reviews = ? AND " + pageId + " < ?))"
                    + " ORDER BY tp.reviews DESC, " + pageId + " DESC LIMIT ?";
        };
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
        boolean reviewer = list.scope() == ListScope.REVIEWER;
        String at = reviewer ? "r.created_at" : "tp.first_tagged_at";
        String pageId = reviewer ? "r.page_id" : "tp.page_id";
        String sql = COLUMNS + (reviewer ? FROM_REVIEWS : FROM_TAGGED) + filter(list.scope())
                + " AND " + at + " < ? ORDER BY " + at + " DESC, " + pageId + " DESC LIMIT ?";
        return query(sql, statement -> {
            int i = bindScope(statement, list);
            statement.setTimestamp(i++, Timestamp.from(settled));
            statement.setInt(i, limit);
        });
    }

    private static String filter(ListScope scope) {
        return switch (scope) {
            case ALL, REVIEWER -> "";
            case PARTY -> " AND m.party_id = ?";
            case MEMBER -> " AND d.member_id = ?";
            case DOCUMENT -> " AND pg.document_id = ?";
            case ASSIGNMENT -> IN_ASSIGNMENT;
        };
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
