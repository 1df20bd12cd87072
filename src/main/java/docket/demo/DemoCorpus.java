package docket.demo;

import docket.catalog.Manifest;
import docket.catalog.Slugs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The demo corpus: parties, members and their claim forms, receipts and letters as
 * scanned-looking PDFs, with a manifest for the importer. The same seed always gives the
 * same files, byte for byte.
 */
public final class DemoCorpus {

    private static final long SEED = 20_240_514L;

    /** Members per party, in the order of {@link DemoNames#PARTIES}; documents per member; pages per document. */
    private record Shape(List<Integer> members, int minDocuments, int maxDocuments, int maxPages) {
    }

    private enum Kind { CLAIM, RECEIPTS, LETTER }

    // After each member's first three documents, one of each kind, expense files are mostly forms and receipts.
    private static final List<Kind> LATER_KINDS = List.of(Kind.CLAIM, Kind.CLAIM, Kind.RECEIPTS, Kind.RECEIPTS, Kind.LETTER);

    record Entry(Member member, DemoDocument document) {

        /** Relative to the manifest, with forward slashes on every platform. */
        String path() {
            return "pdf/" + Slugs.of(member.party()) + "/" + Slugs.of(member.name()) + "/" + document.fileName();
        }
    }

    private final List<Entry> entries;

    private DemoCorpus(Shape shape) {
        this.entries = plan(shape, new Random(SEED));
    }

    /** The demo: five parties, 36 members, about 300 documents and 2,600 pages. */
    public static DemoCorpus standard() {
        return new DemoCorpus(new Shape(List.of(9, 8, 7, 7, 5), 6, 10, 20));
    }

    /** For tests: two parties, four members, eight short documents. */
    public static DemoCorpus small() {
        return new DemoCorpus(new Shape(List.of(2, 2), 2, 2, 6));
    }

    /** Writes the PDFs under dir and dir/manifest.csv; returns the manifest path. */
    public Path write(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.csv");
        Files.createDirectories(dir);
        try (CSVPrinter csv = Manifest.create(manifest)) {
            for (Entry entry : entries) {
                Path pdf = dir.resolve(entry.path());
                Files.createDirectories(pdf.getParent());
                writePdf(entry, pdf);
                csv.printRecord(entry.member().party(), entry.member().name(), entry.document().title(), entry.path());
            }
        }
        return manifest;
    }

    List<Entry> entries() {
        return entries;
    }

    public int documentCount() {
        return entries.size();
    }

    public int pageCount() {
        return entries.stream().mapToInt(entry -> entry.document().pageCount()).sum();
    }

    private static List<Entry> plan(Shape shape, Random random) {
        DemoNames names = new DemoNames(random);
        List<Entry> entries = new ArrayList<>();
        int serial = 1_000;
        int memberIndex = 0;
        for (int party = 0; party < shape.members().size(); party++) {
            for (int m = 0; m < shape.members().get(party); m++, memberIndex++) {
                Member member = names.member(DemoNames.PARTIES.get(party));
                Set<String> fileNames = new HashSet<>();
                List<DemoDocument> documents = new ArrayList<>();
                int count = random.nextInt(shape.minDocuments(), shape.maxDocuments() + 1);
                for (int d = 0; d < count; d++) {
                    Kind kind = d < 3 ? Kind.values()[(memberIndex + d) % 3] : names.pick(LATER_KINDS);
                    DemoDocument document;
                    do {
                        serial += random.nextInt(1, 40);
                        document = draw(kind, member, serial, shape.maxPages(), names, random);
                    } while (!fileNames.add(document.fileName()));
                    documents.add(document);
                }
                documents.sort(Comparator.comparing(DemoDocument::date));
                documents.forEach(document -> entries.add(new Entry(member, document)));
            }
        }
        return List.copyOf(entries);
    }

    private static DemoDocument draw(Kind kind, Member member, int serial, int maxPages, DemoNames names,
                                     Random random) {
        return switch (kind) {
            case CLAIM -> ClaimForm.draw(member, serial, maxPages, names, random);
            case RECEIPTS -> Receipts.draw(member, serial, maxPages, names, random);
            case LETTER -> Letter.draw(member, serial, maxPages, names, random);
        };
    }

    private static void writePdf(Entry entry, Path path) throws IOException {
        DemoDocument document = entry.document();
        try (PDDocument pdf = new PDDocument()) {
            document.render(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setAuthor(entry.member().name());
            info.setProducer("Docket demo corpus");
            GregorianCalendar created = GregorianCalendar.from(document.date().atTime(9, 0).atZone(ZoneOffset.UTC));
            info.setCreationDate(created);
            info.setModificationDate(created);
            // PDFBox otherwise derives the file ID from the clock; the importer keys files by hash.
            COSArray id = new COSArray();
            id.add(new COSString(document.reference()));
            id.add(new COSString(document.reference()));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            pdf.save(path.toFile());
        }
    }

}
