package docket.demo;

import docket.demo.DemoCalendar.Period;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** A quarter's till receipts, stapled together and scanned one receipt to a page. */
record Receipts(Member member, String reference, Period quarter, List<Receipt> receipts, long seed)
        implements DemoDocument {

    record Line(String text, boolean bold) {
    }

    /** One till receipt: its printed lines, and the tag its merchant's trade deserves, or null. */
    record Receipt(List<Line> lines, String tag) {
    }

    /** {@code tag}: the tag of the default set that fits what the merchant sells, or null. */
    private record Merchant(String name, String detail, boolean vatRegistered, String thanks, List<Product> products,
                            String tag) {
    }

    private record Product(String name, int minPence, int maxPence) {
    }

    private static final List<Merchant> MERCHANTS = List.of(
            new Merchant("Harper & Lowe Stationers", "", true, "Thank you for shopping with us", List.of(
                    new Product("A4 paper 500 sheets", 449, 799),
                    new Product("Black toner cartridge", 3999, 8999),
                    new Product("Envelopes DL x100", 399, 899),
                    new Product("Lever arch file", 249, 499),
                    new Product("Ballpoint pens x10", 199, 449)), null),
            new Merchant("The Crown Hotel", "Guest: {member}  Room {n}", true, "We hope to see you again", List.of(
                    new Product("Room, 1 night", 6900, 14900),
                    new Product("Full English breakfast", 1250, 1850),
                    new Product("Dinner, restaurant", 2400, 5800),
                    new Product("Bar", 450, 2600),
                    new Product("Car park", 800, 1500)), "travel"),
            new Merchant("A1 Cars Ltd", "Pickup: {town} station", false, "Driver no. {n}", List.of(
                    new Product("Fare", 850, 4200),
                    new Product("Waiting time", 200, 900),
                    new Product("Tip", 100, 500)), "travel"),
            new Merchant("Bella Cucina", "Table {n}", true, "Service not included", List.of(
                    new Product("Spaghetti vongole", 1450, 1850),
                    new Product("Risotto primavera", 1350, 1650),
                    new Product("House red 175ml", 650, 850),
                    new Product("Sparkling water", 300, 450),
                    new Product("Tiramisu", 650, 795),
                    new Product("Espresso", 250, 320)), "food-and-drink"),
            new Merchant("Westway Service Station", "Pump {n}", true, "Drive safely", List.of(
                    new Product("Unleaded", 3500, 8500),
                    new Product("Diesel", 4000, 9000),
                    new Product("Screenwash 5L", 499, 699),
                    new Product("Sandwich meal deal", 399, 550)), "travel"),
            new Merchant("The White Hart", "Table {n}", true, "Cheers!", List.of(
                    new Product("Pint of bitter", 420, 560),
                    new Product("Ploughman's lunch", 950, 1350),
                    new Product("Fish and chips", 1395, 1695),
                    new Product("Lime and soda", 180, 280)), "food-and-drink"),
            new Merchant("Kwikprint {town}", "", true, "Quality print while you wait", List.of(
                    new Product("Leaflets A5 x500", 4500, 9500),
                    new Product("Posters A3 x20", 2000, 4500),
                    new Product("Laminating", 150, 450)), null));

    private static final List<String> STREETS =
            List.of("High Street", "Market Place", "Station Road", "Church Lane", "Bridge Street");

    // Courier at 8 pt is 4.8 pt a character, so 40 characters fill an 80 mm till roll.
    private static final int CHARACTERS = 40;
    private static final float FONT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float ROLL_WIDTH = 80 / 25.4f * 72;
    private static final float MARGIN = 17;
    private static final Color PAPER = new Color(248, 247, 243);

    static Receipts draw(Member member, int serial, int maxPages, DemoNames names, Random random) {
        Period quarter = DemoCalendar.quarter(random);
        List<Receipt> receipts = Stream.generate(() -> DemoCalendar.dayWithin(quarter.start(), quarter.end(), random))
                .limit(random.nextInt(Math.min(2, maxPages), maxPages + 1))
                .sorted()
                .map(date -> receipt(member, date, names, random))
                .toList();
        String reference = String.format(Locale.ROOT, "RCT/%d/%05d", quarter.start().getYear(), serial);
        return new Receipts(member, reference, quarter, receipts, random.nextLong());
    }

    @Override
    public String title() {
        return "Receipts, " + quarter.label();
    }

    @Override
    public String fileName() {
        return "receipts-" + quarter.slug() + ".pdf";
    }

    @Override
    public LocalDate date() {
        return quarter.end();
    }

    @Override
    public List<String> tags(int page) {
        String tag = receipts.get(page).tag();
        return tag == null ? List.of("receipt") : List.of("receipt", tag);
    }

    @Override
    public int pageCount() {
        return receipts.size();
    }

    @Override
    public void render(PDDocument pdf) throws IOException {
        Random random = new Random(seed);
        PDFont regular = new PDType1Font(FontName.COURIER);
        PDFont bold = new PDType1Font(FontName.COURIER_BOLD);
        PDFont imprint = new PDType1Font(FontName.HELVETICA);
        for (int i = 0; i < receipts.size(); i++) {
            List<Line> lines = receipts.get(i).lines();
            // Room above and below the text, and for the scanner's imprint at the foot.
            PDRectangle size = new PDRectangle(ROLL_WIDTH, lines.size() * LEADING + 2 * MARGIN + 16);
            try (ScannedPage page = ScannedPage.start(pdf, size, PAPER, imprint, reference, i + 1,
                    receipts.size(), random)) {
                // Thermal print fades unevenly from one receipt to the next.
                int grey = random.nextInt(25, 85);
                page.content().setNonStrokingColor(new Color(grey, grey, grey + 6));
                float y = size.getHeight() - MARGIN - FONT_SIZE;
                for (Line line : lines) {
                    page.text(line.bold() ? bold : regular, FONT_SIZE, MARGIN, y, line.text());
                    y -= LEADING;
                }
            }
        }
    }

    private static Receipt receipt(Member member, LocalDate date, DemoNames names, Random random) {
        Merchant merchant = names.pick(MERCHANTS);
        String town = names.town();
        List<Line> lines = new ArrayList<>();
        lines.add(bold(centre(fill(merchant.name(), member, town, random))));
        lines.add(plain(centre(random.nextInt(1, 120) + " " + names.pick(STREETS) + ", " + town)));
        lines.add(plain(centre(String.format(Locale.ROOT, "Tel 01632 960%03d", random.nextInt(1000)))));
        lines.add(plain(centre(merchant.vatRegistered()
                ? String.format(Locale.ROOT, "VAT Reg No GB %03d %04d %02d",
                        random.nextInt(1000), random.nextInt(10_000), random.nextInt(100))
                : "Not VAT registered")));
        lines.add(plain("-".repeat(CHARACTERS)));
        lines.add(plain(spread(String.format(Locale.ROOT, "%s %02d:%02d", date.format(DemoCalendar.SHORT),
                random.nextInt(7, 23), random.nextInt(60)), String.format(Locale.ROOT, "Till %d  Txn %04d",
                random.nextInt(1, 6), random.nextInt(10_000)))));
        if (!merchant.detail().isEmpty()) {
            lines.add(plain(fill(merchant.detail(), member, town, random)));
        }
        lines.add(plain("-".repeat(CHARACTERS)));
        long total = 0;
        for (int item = random.nextInt(1, 5); item > 0; item--) {
            Product product = names.pick(merchant.products());
            int quantity = random.nextInt(8) == 0 ? 2 : 1;
            long pence = quantity * (long) random.nextInt(product.minPence(), product.maxPence() + 1);
            lines.add(plain(spread(quantity + " x " + product.name(), Money.amount(pence))));
            total += pence;
        }
        lines.add(plain("-".repeat(CHARACTERS)));
        lines.add(bold(spread("TOTAL", "GBP " + Money.amount(total))));
        if (merchant.vatRegistered()) {
            long vat = Math.round(total / 6.0);
            lines.add(plain(spread("VAT @ 20% included", Money.amount(vat))));
            lines.add(plain(spread("Net", Money.amount(total - vat))));
        }
        lines.add(plain(""));
        lines.add(plain(spread("VISA DEBIT", "****" + member.cardEnding())));
        lines.add(plain(spread("CONTACTLESS", String.format(Locale.ROOT, "AUTH CODE %06d",
                random.nextInt(1_000_000)))));
        lines.add(plain(""));
        lines.add(plain(centre(fill(merchant.thanks(), member, town, random))));
        return new Receipt(List.copyOf(lines), merchant.tag());
    }

    private static String fill(String template, Member member, String town, Random random) {
        return template.replace("{member}", member.name())
                .replace("{town}", town)
                .replace("{n}", Integer.toString(random.nextInt(2, 400)));
    }

    private static String centre(String text) {
        return " ".repeat(Math.max(0, (CHARACTERS - text.length()) / 2)) + text;
    }

    /** Left text and right text on one till line, the left cut short if they would meet. */
    private static String spread(String left, String right) {
        int room = CHARACTERS - right.length() - 1;
        String cut = left.length() > room ? left.substring(0, room) : left;
        return cut + " ".repeat(CHARACTERS - cut.length() - right.length()) + right;
    }

    // Till printers print in capitals.
    private static Line plain(String text) {
        return new Line(text.toUpperCase(Locale.ROOT), false);
    }

    private static Line bold(String text) {
        return new Line(text.toUpperCase(Locale.ROOT), true);
    }
}
