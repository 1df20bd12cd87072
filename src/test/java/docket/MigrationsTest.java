package docket;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MigrationsTest {

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String user;

    @Value("${datasources.default.password:}")
    String password;

    @Test
    void migrationsBuildTheWholeDomainInAnEmptyDatabase() throws SQLException {
        String emptyDatabase = url.replaceFirst("/docket\\?", "/docket_empty_" + System.nanoTime() + "?");
        var result = Flyway.configure()
                .dataSource(emptyDatabase, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertTrue(result.success);
        assertTrue(result.migrationsExecuted > 0);
        try (Connection connection = DriverManager.getConnection(emptyDatabase, user, password);
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[]{"TABLE"})) {
            Set<String> names = new TreeSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertTrue(names.containsAll(Set.of("party", "member", "document", "page", "tag", "reviewer", "review",
                    "review_tag", "assignment", "assignment_party", "assignment_member", "assignment_document",
                    "discovery", "audit_log")), "tables: " + names);
        }
    }

    @Test
    void aPageContentHashIsUnique() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, "page", true, false)) {
            Set<String> unique = new TreeSet<>();
            while (indexes.next()) {
                unique.add(indexes.getString("INDEX_NAME") + ":" + indexes.getString("COLUMN_NAME"));
            }
            assertTrue(unique.contains("page_content:content_hash"), "unique indexes: " + unique);
        }
    }

    @Test
    void oneReviewPerReviewerAndPage() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, "review", true, false)) {
            Set<String> columns = new TreeSet<>();
            while (indexes.next()) {
                if ("review_once".equals(indexes.getString("INDEX_NAME"))) {
                    columns.add(indexes.getString("COLUMN_NAME"));
                }
            }
            assertEquals(Set.of("reviewer_id", "page_id"), columns);
        }
    }

    // "A review that counts" is written once, as a view; reading the view must cost what the
    // written-out condition did. A view left unmerged would show as a derived table and be read whole.
    @Test
    void theNextButtonsCountReadsTheViewOfReviewsThatCountThroughTheIndexOfItsPage() throws SQLException {
        List<String> plan = plan("SELECT COUNT(*) FROM counting_review WHERE page_id = 1");

        assertEquals(List.of("SIMPLE r ref review_by_page", "SIMPLE w eq_ref PRIMARY"), plan);
    }

    @Test
    void aReviewersListReadsTheViewOfStandingReviewsInTheOrderItNames() throws SQLException {
        List<String> plan = plan("SELECT STRAIGHT_JOIN r.page_id FROM standing_review r"
                + " JOIN review_tag rt ON rt.review_id = r.id AND rt.tag_id = 1"
                + " JOIN tagged_page tp ON tp.tag_id = rt.tag_id AND tp.page_id = r.page_id WHERE r.reviewer_id = 1");

        assertEquals(List.of("r", "w", "rt", "tp"), plan.stream().map(row -> row.split(" ")[1]).toList(), "plan: " + plan);
        assertTrue(plan.stream().allMatch(row -> row.startsWith("SIMPLE ")), "plan: " + plan);
    }

    /** Each row of the query's plan as "select_type table type key". */
    private List<String> plan(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet rows = connection.createStatement().executeQuery("EXPLAIN " + query)) {
            List<String> plan = new ArrayList<>();
            while (rows.next()) {
                plan.add(rows.getString("select_type") + " " + rows.getString("table") + " " + rows.getString("type")
                        + " " + rows.getString("key"));
            }
            return plan;
        }
    }
}
