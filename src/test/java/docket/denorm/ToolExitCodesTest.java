package docket.denorm;

import docket.Fixtures;
import docket.Tools;
import docket.assignment.Assignment;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tools/verify and tools/rebuild as a script sees them: verify exits 0 clean, 1 on drift, 2 on an
 * error; an error is one plain line on stderr. Redis is made slow with CLIENT PAUSE, which holds every
 * client's commands for a while: longer than the next button's timeout here, shorter than the tools'.
 */
@MicronautTest(transactional = false)
@Property(name = "docket.next.redis-timeout", value = "200ms")
@Property(name = "docket.denorm.redis-timeout", value = "2s")
class ToolExitCodesTest {

    @Inject
    ApplicationContext context;

    @Inject
    Fixtures fixtures;

    @Inject
    AssignmentSets sets;

    @Inject
    RedisClient client;

    private StatefulRedisConnection<String, String> operator;
    private Assignment assignment;

    @BeforeEach
    void assignmentWithBuiltSets() throws Exception {
        operator = client.connect();
        assignment = fixtures.assignment(2, fixtures.memberWithPages(3));
        assertEquals(0, tool("rebuild", "--assignment", assignment.slug()).code());
    }

    @AfterEach
    void closeOperator() {
        operator.close();
    }

    @Test
    void verifyExitsZeroWhenEveryCopyMatchesMySql() {
        Run run = tool("verify", "--assignment", assignment.slug());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("no drift in 1 assignments"), run.out());
    }

    @Test
    void verifyExitsOneOnDriftAndSaysHowToRepairIt() {
        long page = Long.parseLong(operator.sync().srandmember(RedisKeys.open(assignment.id())));
        operator.sync().srem(RedisKeys.open(assignment.id()), Long.toString(page));

        Run run = tool("verify", "--assignment", assignment.slug());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("DRIFT: run tools/rebuild"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("open\\s+1\\s+0")), run.out());
        assertEquals(0, tool("rebuild", "--assignment", assignment.slug()).code());
        assertEquals(0, tool("verify", "--assignment", assignment.slug()).code());
    }

    @Test
    void verifyExitsTwoWithOneLineWhenRedisDoesNotAnswerInTime() {
        operator.sync().clientPause(2_600);
        Run run;
        try {
            run = tool("verify", "--assignment", assignment.slug());
        } finally {
            // PING is held until the pause ends: the next test finds Redis answering.
            operator.sync().ping();
        }

        assertEquals(2, run.code(), run.out() + run.err());
        assertOneLineWithoutStackTrace(run.err());
        assertTrue(run.err().startsWith("verify: Redis did not answer in time"), run.err());
    }

    @Test
    void verifyExitsTwoWithOneLineOnAnUnknownAssignment() {
        Run run = tool("verify", "--assignment", "no-such-assignment");

        assertEquals(2, run.code());
        assertOneLineWithoutStackTrace(run.err());
        assertTrue(run.err().contains("no assignment no-such-assignment"), run.err());
    }

    @Test
    void rebuildCompletesWhileRedisIsSlowerThanTheNextButtonsTimeout() {
        operator.sync().srem(RedisKeys.open(assignment.id()), operator.sync().srandmember(RedisKeys.open(assignment.id())));
        operator.sync().clientPause(800);

        // The next button still gives up quickly: its connection's timeout is not the rebuild's.
        assertThrows(RedisCommandTimeoutException.class, () -> sets.built(assignment.id()));
        Run run = tool("rebuild", "--assignment", assignment.slug());

        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("1 assignments rebuilt"), run.out());
        assertEquals(0, tool("verify", "--assignment", assignment.slug()).code());
    }

    private static void assertOneLineWithoutStackTrace(String err) {
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
    }

    record Run(int code, String out, String err) {
    }

    private Run tool(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Tools.execute(context, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
