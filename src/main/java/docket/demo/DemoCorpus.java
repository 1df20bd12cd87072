package docket.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus of parties, members and their documents as PDFs, with an import manifest.
 * The same seed always gives byte-identical files, so re-running the demo imports nothing twice.
 */
public final class DemoCorpus {

    private static final List<String> PARTIES = List.of(
            "Harbour Party", "Northern Alliance", "Civic Union", "Green Valley Party", "Independent");
    private static final List<String> FIRST = List.of("Alice", "Bernard", "Catherine", "David", "Eleanor", "Frank",
            "Grace", "Harold", "Imogen", "James", "Katherine", "Leonard", "Margaret", "Nigel", "Olivia", "Peter",
            "Rachel", "Simon", "Teresa", "Victor", "Wendy", "Adrian", "Beatrice", "Colin", "Diana", "Edward", "Fiona",
            "Gordon", "Helen", "Ian", "Julia", "Keith", "Linda", "Malcolm", "Nora", "Oliver", "Pamela", "Rupert");
    private static final List<String> LAST = List.of("Ashworth", "Blake", "Carrington", "Davies", "Ellison", "Fairbanks",
            "Gillespie", "Hargreaves", "Ingram", "Jenkins", "Kershaw", "Lambert", "Moreton", "Nash", "Osborne",
            "Pemberton", "Quayle", "Rowntree", "Sinclair", "Thornton", "Underwood", "Vaughan", "Whitfield", "Yardley",
            "Armitage", "Bellamy", "Cartwright", "Dunmore", "Everett", "Fenwick", "Greaves", "Holloway");

    private final long seed;
    private final int[] membersPerParty;
    private final int documentsPerMember;

    private DemoCorpus(long seed, int[] membersPerParty, int documentsPerMember) {
        this.seed = seed;
        this.membersPerParty = membersPerParty;
        this.documentsPerMember = documentsPerMember;
    }

    /** The demo: 5 parties, 36 members, about 470 documents and 2,900 pages. */
    public static DemoCorpus standard() {
        return new DemoCorpus(2024, new int[]{9, 8, 8, 6, 5}, 13);
    }

    /** A few documents for tests: 2 parties, 4 members. */
    public static DemoCorpus small() {
        return new DemoCorpus(7, new int[]{2, 2}, 2);
    }

    /** One document to write: who it belongs to and how to draw it. */
    record Planned(String party, Member member, String title, String file, DemoPages.Kind kind, String reference,
                   LocalDate date, int pages, long seed) {
    }

    record Member(String name, String constituency) {
    }

    /** Writes the PDFs under {@code dir} and {@code dir/manifest.csv}; returns the manifest. */
    public Path write(Path dir) throws IOException {
        List<Planned> plan = plan();
        Path manifest = dir.resolve("manifest.csv");
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("party", "member", "document", "path").get())) {
            for (Planned document : plan) {
                Path file = dir.resolve(document.file());
                Files.createDirectories(file.getParent());
                writePdf(document, file);
                csv.printRecord(document.party(), document.member().name(), document.title(), document.file());
            }
        }
        return manifest;
    }

    public int documentCount() {
        return plan().size();
    }

    public int pageCount() {
        return plan().stream().mapToInt(Planned::pages).sum();
    }

    private List<Planned> plan() {
        Random random = new Random(seed);
        List<Planned> plan = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int reference = 1000;
        for (int p = 0; p < membersPerParty.length; p++) {
            String party = PARTIES.get(p);
            for (int m = 0; m < membersPerParty[p]; m++) {
                String name;
                do {
                    name = pick(random, FIRST) + " " + pick(random, LAST);
                } while (!names.add(name));
                Member member = new Member(name, pick(random, DemoText.PLACES) + " " + pick(random, List.of("North", "South", "East", "West", "Central")));
                int documents = documentsPerMember - 1 + random.nextInt(3);
                for (int d = 0; d < documents; d++) {
                    DemoPages.Kind kind = DemoPages.Kind.values()[weighted(random)];
                    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365 - 30));
                    int pages = switch (kind) {
                        case CLAIM -> 2 + random.nextInt(10);
                        case RECEIPTS -> 3 + random.nextInt(13);
                        case LETTER -> 1 + random.nextInt(3);
                    };
                    String ref = kind.prefix() + "-" + date.getYear() + "-" + (reference++);
                    plan.add(new Planned(party, member, kind.title(date), "pdf/" + slug(party) + "/" + slug(name) + "/" + ref.toLowerCase(Locale.ROOT) + ".pdf",
                            kind, ref, date, pages, random.nextLong()));
                }
            }
        }
        return plan;
    }

    private static void writePdf(Planned document, Path file) throws IOException {
        try (PDDocument pdf = new DemoPages(document).draw()) {
            // PDFBox otherwise puts a clock-based /ID in the trailer: fix it, so the bytes repeat.
            COSString id = new COSString(document.reference().getBytes(StandardCharsets.US_ASCII));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(file.toFile());
        }
    }

    // Claims and receipts are what expense dumps are mostly made of; letters are rarer.
    private static int weighted(Random random) {
        int roll = random.nextInt(100);
        return roll < 40 ? 0 : roll < 75 ? 1 : 2;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
