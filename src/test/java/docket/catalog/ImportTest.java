package docket.catalog;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ImportTest {

    @Inject
    Importer importer;

    @Inject
    CatalogQueries catalog;

    @Inject
    ImageStore images;

    @Inject
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void importsPdfsImagesAndFoldersOfImagesAsPages() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        String party = "Import Party " + UUID.randomUUID();
        files.pdf("claim.pdf", 3);
        files.image("receipt.png", "png");
        files.image("letter/page-1.jpg", "jpg");
        files.image("letter/page-2.jpg", "jpg");
        Path manifest = files.manifest("manifest.csv", List.of(
                List.of(party, "Ada Example", "Claim, March 2024", "claim.pdf"),
                List.of(party, "Ada Example", "Taxi receipt", "receipt.png"),
                List.of(party, "Ben Example", "Letter to the Fees Office", "letter")));

        ImportReport report = importer.importManifest(manifest, ImportProgress.SILENT);

        assertEquals(List.of(), report.failures());
        assertEquals(3, report.imported());
        assertEquals(6, report.pagesAdded());
        PartySummary summary = partyNamed(party);
        assertEquals(2, summary.members());
        assertEquals(3, summary.documents());
        assertEquals(6, summary.pages());
        List<DocumentSummary> documents = catalog.documentsOfMember(Slugs.of("Ada Example"));
        DocumentSummary claim = documents.stream().filter(d -> d.title().equals("Claim, March 2024")).findFirst().orElseThrow();
        List<PageSummary> pages = catalog.pagesOfDocument(claim.id());
        assertEquals(List.of(1, 2, 3), pages.stream().map(PageSummary::number).toList());
        for (PageSummary page : pages) {
            assertTrue(images.find(ImageStore.imageName(page.contentHash(), page.imageType())).isPresent());
            assertTrue(images.find(ImageStore.thumbnailName(page.contentHash())).isPresent());
        }
        PageDetail first = catalog.page(pages.get(0).id()).orElseThrow();
        assertEquals("jpg", first.imageType());
        assertTrue(first.width() > 500 && first.height() > first.width(), "an A5 page rendered upright at 100 dpi");
    }

    @Test
    void importingTheSameManifestTwiceAddsNothingAndSaysSo() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        String party = "Twice Party " + UUID.randomUUID();
        files.pdf("a.pdf", 2);
        files.pdf("b.pdf", 4);
        Path manifest = files.manifest("manifest.csv", List.of(
                List.of(party, "Cora Twice", "First claim", "a.pdf"),
                List.of(party, "Cora Twice", "Second claim", "b.pdf")));

        ImportReport first = importer.importManifest(manifest, ImportProgress.SILENT);
        PartySummary afterFirst = partyNamed(party);
        ImportReport second = importer.importManifest(manifest, ImportProgress.SILENT);

        assertEquals(6, first.pagesAdded());
        assertEquals(0, second.pagesAdded());
        assertEquals(2, second.alreadyImported());
        assertTrue(second.rows().get(0).message().contains("already imported"), second.rows().get(0).message());
        assertEquals(afterFirst, partyNamed(party));
    }

    @Test
    void aFileWhosePagesAreAllKnownIsNotAddedAsAnEmptyDocument() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        String party = "Copy Party " + UUID.randomUUID();
        Path original = files.image("scan.png", "png");
        // A folder holding the same image is a different source (its hash covers file names) with the same page.
        Files.createDirectories(dir.resolve("copy"));
        Files.copy(original, dir.resolve("copy/scan.png"));
        Path manifest = files.manifest("manifest.csv", List.of(
                List.of(party, "Dan Copy", "Scan", "scan.png"),
                List.of(party, "Dan Copy", "Copy of the scan", "copy")));

        ImportReport report = importer.importManifest(manifest, ImportProgress.SILENT);

        assertEquals(1, report.imported());
        RowResult copy = report.rows().get(1);
        assertEquals(RowResult.Outcome.ALREADY_IMPORTED, copy.outcome());
        assertEquals("all 1 pages are already imported (same content)", copy.message());
        assertEquals(1, partyNamed(party).documents());
    }

    @Test
    void badRowsAreReportedByRowAndTheOthersAreImported() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        String party = "Mixed Party " + UUID.randomUUID();
        files.pdf("good.pdf", 2);
        files.corruptPdf("corrupt.pdf");
        files.encryptedPdf("locked.pdf");
        files.image("fine.png", "png");
        Path manifest = files.manifest("manifest.csv", List.of(
                List.of(party, "Eve Mixed", "Good claim", "good.pdf"),
                List.of(party, "Eve Mixed", "Corrupt claim", "corrupt.pdf"),
                List.of(party, "Eve Mixed", "Locked claim", "locked.pdf"),
                List.of(party, "Eve Mixed", "Missing claim", "missing.pdf"),
                List.of(party, "Eve Mixed", "Receipt", "fine.png")));

        CommandRun run = runImportCommand(manifest);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("row 2 FAILED") && run.err().contains("not a readable PDF: corrupt.pdf"), run.err());
        assertTrue(run.err().contains("row 3 FAILED") && run.err().contains("password-protected: locked.pdf"), run.err());
        assertTrue(run.err().contains("row 4 FAILED") && run.err().contains("file not found"), run.err());
        assertTrue(run.out().contains("5 rows: 2 documents imported with 3 pages, 0 already imported, 3 failed"), run.out());
        assertEquals(3, partyNamed(party).pages());
    }

    @Test
    void aManifestWithAnUnknownColumnIsRefusedBeforeAnythingIsImported() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        files.pdf("claim.pdf", 1);
        Path manifest = files.manifest("manifest.csv", List.of("party", "member", "documnet", "path"),
                List.of(List.of("Typo Party", "Fay Typo", "Claim", "claim.pdf")));

        CommandRun run = runImportCommand(manifest);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown column documnet") && run.err().contains("missing column document"), run.err());
        assertTrue(catalog.findBySlug("typo-party").isEmpty());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesNamesTheRow() throws Exception {
        TestCorpus files = new TestCorpus(dir);
        files.pdf("claim.pdf", 1);
        Path manifest = files.manifest("manifest.csv", List.of(
                List.of("Short Party", "Gus Short", "claim.pdf")));

        ImportReport report = importer.importManifest(manifest, ImportProgress.SILENT);

        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).toString().startsWith("row 1 FAILED"), report.failures().get(0).toString());
        assertTrue(report.failures().get(0).message().contains("has 3 values, expected 4"), report.failures().get(0).message());
    }

    private PartySummary partyNamed(String name) {
        return catalog.parties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    record CommandRun(int exitCode, String out, String err) {
    }

    private CommandRun runImportCommand(Path manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(ImportCommand.class, new MicronautFactory(context)).execute(manifest.toString());
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
