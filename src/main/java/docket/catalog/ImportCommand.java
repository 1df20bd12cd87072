package docket.catalog;

import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tools/import MANIFEST.csv}: exit code 0 when every row was imported or already there, 1 otherwise. */
@Prototype
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports the PDFs, images and folders of images listed in a CSV manifest (party,member,document,path).")
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MANIFEST.csv", description = "CSV with the header party,member,document,path; paths are relative to the manifest.")
    Path manifest;

    private final Importer importer;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        ConsoleProgress progress = new ConsoleProgress();
        ImportReport report;
        try {
            report = importer.importManifest(manifest, progress);
        } catch (ImportFailure e) {
            System.err.println("import: " + e.getMessage());
            return 2;
        }
        return progress.finish(report);
    }
}
