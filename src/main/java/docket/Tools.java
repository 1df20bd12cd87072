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

    static int run(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder(Application.class, Environment.CLI).start()) {
            return new CommandLine(Tools.class, new MicronautFactory(context)).execute(args);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
