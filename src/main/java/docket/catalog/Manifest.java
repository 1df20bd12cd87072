package docket.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An import manifest: CSV with the header {@code party,member,document,path}, paths relative to the manifest. */
public final class Manifest {

    private static final int NAME_LENGTH = 200;
    private static final int TITLE_LENGTH = 300;

    static final List<String> COLUMNS = List.of("party", "member", "document", "path");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private Manifest() {
    }

    /** A new manifest with its header written; the caller prints one record per row. */
    public static CSVPrinter create(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(file, StandardCharsets.UTF_8);
    }

    /** A row that parsed, or the reason it did not. */
    record Entry(ManifestRow row, String problem) {
    }

    static List<Entry> read(Path manifest) throws ImportFailure {
        Path base = manifest.toAbsolutePath().getParent();
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            checkHeader(parser.getHeaderNames());
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                entries.add(entryOf(record, base));
            }
            return entries;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportFailure("cannot read the manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(List<String> header) throws ImportFailure {
        Set<String> unknown = new TreeSet<>(header);
        COLUMNS.forEach(unknown::remove);
        Set<String> missing = new TreeSet<>(COLUMNS);
        header.forEach(missing::remove);
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new ImportFailure("the manifest's header must be " + String.join(",", COLUMNS)
                    + (unknown.isEmpty() ? "" : "; unknown column " + String.join(", ", unknown))
                    + (missing.isEmpty() ? "" : "; missing column " + String.join(", ", missing)));
        }
    }

    private static Entry entryOf(CSVRecord record, Path base) {
        long number = record.getRecordNumber();
        if (!record.isConsistent()) {
            return problem(number, "has " + record.size() + " values, expected " + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")");
        }
        String member = record.get("member");
        String document = record.get("document");
        String path = record.get("path");
        if (member.isEmpty() || document.isEmpty() || path.isEmpty()) {
            return problem(number, "member, document and path must not be empty");
        }
        String tooLong = namesTooLong(record.get("party"), member, document);
        if (tooLong != null) {
            return problem(number, tooLong);
        }
        if (Slugs.of(member).isEmpty() || (!record.get("party").isEmpty() && Slugs.of(record.get("party")).isEmpty())) {
            return problem(number, "party and member names need at least one letter or digit");
        }
        return new Entry(new ManifestRow(number, record.get("party"), member, document, base.resolve(path).normalize()), null);
    }

    /**
     * Which name does not fit its column (party and member names 200 characters, document titles 300, as
     * in migrations/V1__domain.sql), or null: checked before anything is written, so that no import
     * stops halfway on a database error.
     */
    public static String namesTooLong(String party, String member, String document) {
        if (party != null && party.length() > NAME_LENGTH) {
            return "the party name is longer than " + NAME_LENGTH + " characters (" + party.length() + ")";
        }
        if (member.length() > NAME_LENGTH) {
            return "the member name is longer than " + NAME_LENGTH + " characters (" + member.length() + ")";
        }
        if (document.length() > TITLE_LENGTH) {
            return "the document title is longer than " + TITLE_LENGTH + " characters (" + document.length() + ")";
        }
        return null;
    }

    private static Entry problem(long number, String problem) {
        return new Entry(new ManifestRow(number, "", "?", "?", Path.of("")), problem);
    }
}
