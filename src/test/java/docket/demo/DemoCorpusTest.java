package docket.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCorpusTest {

    @Test
    void writesOneReadablePdfPerManifestRowWithTheDeclaredPages(@TempDir Path dir) throws Exception {
        DemoCorpus corpus = DemoCorpus.small();
        Path manifest = corpus.write(dir);

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(manifest)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(corpus.documentCount(), rows.size());
        int pages = 0;
        for (CSVRecord row : rows) {
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(row.get("path")).toFile())) {
                pages += pdf.getNumberOfPages();
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(row.get("member")) || text.contains("CLM-") || text.contains("RCT-") || text.contains("LTR-"), text);
            }
        }
        assertEquals(corpus.pageCount(), pages);
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        DemoCorpus.small().write(first);
        DemoCorpus.small().write(second);

        try (var files = Files.walk(first)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))), file.toString());
            }
        }
    }

    @Test
    void claimsReceiptsAndLettersAreAllThereAndRender(@TempDir Path dir) throws Exception {
        DemoCorpus corpus = DemoCorpus.small();
        corpus.write(dir);
        try (var pdfs = Files.walk(dir)) {
            List<Path> files = pdfs.filter(p -> p.toString().endsWith(".pdf")).toList();
            for (String kind : List.of("clm-", "rct-", "ltr-")) {
                Path file = files.stream().filter(p -> p.getFileName().toString().startsWith(kind)).findFirst().orElseThrow();
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    var image = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
                    assertTrue(image.getWidth() > 100 && image.getHeight() > image.getWidth(), kind + " renders upright");
                }
            }
        }
    }
}
