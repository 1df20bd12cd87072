package docket.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusTest {

    private static final Pattern REFERENCE = Pattern.compile("(EXP|RCT|COR)/20\\d\\d/\\d{5}");

    @Test
    void manifestHasTheHeaderAndOneRowPerPdf(@TempDir Path dir) throws IOException {
        DemoCorpus corpus = DemoCorpus.small();
        Path manifest = corpus.write(dir);

        assertEquals("party,member,document,path", Files.readAllLines(manifest).get(0));
        List<CSVRecord> rows = rows(manifest);
        assertEquals(corpus.documentCount(), rows.size());
        assertEquals(Set.copyOf(pdfs(dir)), Set.copyOf(rows.stream().map(row -> dir.resolve(row.get("path"))).toList()));
        Set<String> kinds = new HashSet<>();
        rows.forEach(row -> kinds.add(Path.of(row.get("path")).getFileName().toString().split("-")[0]));
        assertEquals(Set.of("claim", "receipts", "letter"), kinds);
    }

    @Test
    void everyPageShowsItsDocumentReferenceAndPageOfTheRealPageCount(@TempDir Path dir) throws IOException {
        DemoCorpus corpus = DemoCorpus.small();
        List<CSVRecord> rows = rows(corpus.write(dir));

        Set<String> references = new HashSet<>();
        int pages = 0;
        for (CSVRecord row : rows) {
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(row.get("path")).toFile())) {
                int count = pdf.getNumberOfPages();
                Matcher reference = REFERENCE.matcher(pageText(pdf, 1));
                assertTrue(reference.find(), row.get("path"));
                assertTrue(references.add(reference.group()), "reference used twice: " + reference.group());
                for (int page = 1; page <= count; page++) {
                    String text = pageText(pdf, page);
                    assertTrue(text.contains(reference.group() + "  page " + page + " of " + count),
                            row.get("path") + " page " + page + ":\n" + text);
                }
                pages += count;
            }
        }
        assertEquals(corpus.pageCount(), pages);
    }

    @Test
    void claimFormsAndLettersNameTheirMember(@TempDir Path dir) throws IOException {
        List<CSVRecord> rows = rows(DemoCorpus.small().write(dir));

        for (CSVRecord row : rows) {
            if (row.get("document").startsWith("Receipts")) {
                continue;
            }
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(row.get("path")).toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(row.get("member")), row.get("path") + ":\n" + text);
            }
        }
    }

    @Test
    void writingTwiceGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        DemoCorpus.small().write(first);
        DemoCorpus.small().write(second);

        List<Path> files = files(first);
        assertEquals(files.stream().map(first::relativize).toList(), files(second).stream().map(second::relativize).toList());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(first.relativize(file))),
                    file.toString());
        }
    }

    private static List<CSVRecord> rows(Path manifest) throws IOException {
        try (Reader in = Files.newBufferedReader(manifest)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static List<Path> pdfs(Path dir) throws IOException {
        return files(dir).stream().filter(file -> file.toString().endsWith(".pdf")).toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theDemoReviewersTagEachPageForWhatItShows() {
        Set<List<String>> receipts = new HashSet<>();
        Set<List<String>> others = new HashSet<>();
        for (DemoCorpus.Entry entry : DemoCorpus.standard().entries()) {
            for (int page = 0; page < entry.document().pageCount(); page++) {
                (entry.document() instanceof Receipts ? receipts : others).add(entry.document().tags(page));
            }
        }
        assertEquals(Set.of(List.of("receipt"), List.of("receipt", "travel"), List.of("receipt", "food-and-drink")), receipts,
                "stationers and printers are just receipts; hotels, taxis and fuel are travel; restaurants and pubs food and drink");
        assertEquals(Set.of(List.of("claim-form"), List.of("claim-form", "travel"), List.of("letter")), others);
    }
}
