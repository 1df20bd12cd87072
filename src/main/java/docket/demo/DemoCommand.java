package docket.demo;

import docket.catalog.ConsoleProgress;
import docket.catalog.ImportFailure;
import docket.catalog.ImportReport;
import docket.editor.Editors;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code tools/demo}: generates and loads the demo corpus, default tags and a featured assignment. */
@Prototype
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates the demo corpus and loads it with the default tags and a featured assignment.")
public class DemoCommand implements Callable<Integer> {

    private final DemoLoader demo;
    private final Editors editors;

    DemoCommand(DemoLoader demo, Editors editors) {
        this.demo = demo;
        this.editors = editors;
    }

    @Override
    public Integer call() throws IOException {
        ConsoleProgress progress = new ConsoleProgress();
        ImportReport report;
        try {
            report = demo.load(progress);
        } catch (ImportFailure e) {
            System.err.println("demo: " + e.getMessage());
            return 2;
        }
        int exitCode = progress.finish(report);
        editors.firstEditor().ifPresent(password ->
                System.out.println("Try the editor desk: sign in at /login as editor with the password " + password));
        return exitCode;
    }
}
