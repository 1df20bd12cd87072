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
        ImportReport report;
        try {
            report = importer.importManifest(manifest, new ConsoleProgress());
        } catch (ImportFailure e) {
            System.err.println("import: " + e.getMessage());
            return 2;
        }
        System.out.println(report.summary());
        report.failures().forEach(failure -> System.err.println(failure));
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** One line per finished row; long PDFs also report every hundred pages. */
    private static final class ConsoleProgress implements ImportProgress {

        private final long started = System.nanoTime();

        @Override
        public void pagesRendered(long row, int pages) {
            if (pages % 100 == 0) {
                System.out.printf("         row %d: %d pages rendered%n", row, pages);
            }
        }

        @Override
        public void rowFinished(RowResult result, int finished, int total) {
            System.out.printf("[%d/%d %ds] %s%n", finished, total, (System.nanoTime() - started) / 1_000_000_000, result);
        }
    }
}
