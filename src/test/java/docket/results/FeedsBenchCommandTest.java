package docket.results;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class FeedsBenchCommandTest {

    @Inject
    ApplicationContext context;

    @Inject
    JdbcOperations jdbc;

    @Test
    void theBenchmarkPrintsEveryPageOfBothOrdersAndLeavesNoRowsBehind() {
        List<Long> before = counts();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(FeedsBenchCommand.class, new MicronautFactory(context)).execute("--rows", "120", "--samples", "3");
        } finally {
            System.setOut(out);
        }
        String table = printed.toString(StandardCharsets.UTF_8);

        assertEquals(0, exit, table);
        for (String order : List.of("in-order", "most-tagged")) {
            assertTrue(table.matches("(?s).*\\ntag +120 +" + order + " +first +0 .*"), table);
            assertTrue(table.matches("(?s).*\\ntag +120 +" + order + " +middle +50 .*"), table);
            assertTrue(table.matches("(?s).*\\ntag +120 +" + order + " +last +100 .*"), table);
            assertTrue(table.matches("(?s).*\\nparty +108 +" + order + " +last +100 .*"), table);
            assertTrue(table.matches("(?s).*\\nmember +12 +" + order + " +first +0 .*"), table);
        }
        assertEquals(before, counts());
    }

    private List<Long> counts() {
        return jdbc.execute(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                    SELECT (SELECT COUNT(*) FROM party), (SELECT COUNT(*) FROM member), (SELECT COUNT(*) FROM document),
                           (SELECT COUNT(*) FROM page), (SELECT COUNT(*) FROM tag), (SELECT COUNT(*) FROM tagged_page)""")) {
                rows.next();
                return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6));
            }
        });
    }
}
