package docket;

import docket.catalog.ImportCommand;
import docket.demo.DemoCommand;
import docket.editor.CreateEditorCommand;
import docket.denorm.RebuildCommand;
import docket.denorm.VerifyCommand;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.exceptions.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.sql.SQLException;

/**
 * The command-line tools under {@code tools/}. Each runs inside a full application context, so it
 * uses the same code, configuration and servers as the web application.
 */
@Command(name = "docket", mixinStandardHelpOptions = true,
        description = "Docket's command-line tools.",
        subcommands = {ImportCommand.class, DemoCommand.class, CreateEditorCommand.class, RebuildCommand.class, VerifyCommand.class, BenchCommand.class})
public final class Tools implements Runnable {

    /** The exit code of every tool's errors; 1 is left to a tool's own answer (verify: drift found). */
    private static final int ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Returns the exit code. A context that cannot start (no database, a migration that fails, Redis
     * away) is reported in one line and exits 2, like any other error; thrown out of main, it left the
     * embedded servers' threads keeping the JVM alive with nothing to do.
     */
    static int run(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder(Application.class, Environment.CLI).start()) {
            // Connecting to Redis here makes Redis being away a "cannot start" too: met while picocli
            // made the command, it came out as a stack trace.
            context.getBean(StatefulRedisConnection.class);
            return execute(context, args);
        } catch (RuntimeException e) {
            System.err.println("docket: cannot start: " + describe(e));
            return ERROR;
        }
    }

    /**
     * Runs a tool in a started context. A tool that fails says why in one line on stderr and exits 2,
     * so that a script can tell an error from a tool's own answers (verify's 1 is "drift found"); a stack
     * trace would tell an operator nothing more than the line does.
     */
    public static int execute(ApplicationContext context, String... args) {
        return new CommandLine(Tools.class, new MicronautFactory(context))
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(e));
                    return ERROR;
                })
                .execute(args);
    }

    /** A failure in plain words, on one line: what failed, and the innermost reason. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        String what = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RedisCommandTimeoutException) {
                return "Redis did not answer in time (" + oneLine(t.getMessage())
                        + "); DOCKET_DENORM_REDIS_TIMEOUT gives rebuilds and verification longer";
            }
            if (what.isEmpty() && t instanceof RedisException) {
                what = "Redis failed: ";
            } else if (what.isEmpty() && (t instanceof SQLException || t instanceof DataAccessException)) {
                what = "the database failed: ";
            }
            cause = t;
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : oneLine(cause.getMessage());
        return what + reason;
    }

    private static String oneLine(String message) {
        return message.strip().lines().findFirst().orElse("").strip();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
