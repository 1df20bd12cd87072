package docket;

import docket.catalog.ImportCommand;
import docket.demo.DemoCommand;
import docket.editor.CreateEditorCommand;
import docket.denorm.RebuildCommand;
import docket.denorm.VerifyCommand;
import docket.next.BenchCommand;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tools under {@code tools/}. Each runs inside a full application context, so it
 * uses the same code, configuration and servers as the web application.
 */
@Command(name = "docket", mixinStandardHelpOptions = true,
        description = "Docket's command-line tools.",
        subcommands = {ImportCommand.class, DemoCommand.class, CreateEditorCommand.class, RebuildCommand.class, VerifyCommand.class, BenchCommand.class})
public final class Tools implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Returns the exit code. A context that cannot start (no database, a migration that fails) is
     * reported in one line and exits 1; thrown out of main, it left the embedded servers' threads
     * keeping the JVM alive with nothing to do.
     */
    static int run(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder(Application.class, Environment.CLI).start()) {
            return new CommandLine(Tools.class, new MicronautFactory(context)).execute(args);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("docket: cannot start: " + cause.getMessage());
            return 1;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
