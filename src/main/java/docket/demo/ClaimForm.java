package docket.demo;

import docket.demo.DemoCalendar.Period;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** A typed expenses claim form: the first sheet, then continuation sheets carrying the table on. */
record ClaimForm(Member member, String reference, String category, Period period, List<List<Item>> sheets,
                 LocalDate signed, LocalDate received, long seed) implements DemoDocument {

    record Item(LocalDate date, String description, String receipt, long pence) {
    }

    private record ItemKind(String description, int minPence, int maxPence) {
    }

    private record Fonts(PDFont plain, PDFont bold, PDFont typed) {
    }

    private static final List<String> CATEGORIES =
            List.of("Travel", "Accommodation", "Office costs", "Staffing", "Communications");

    private static final Map<String, List<ItemKind>> ITEMS = Map.of(
            "Travel", List.of(
                    new ItemKind("Rail fare, London Euston to {town}, return", 4580, 21450),
                    new ItemKind("Taxi, {town} station to constituency office", 780, 3450),
                    new ItemKind("Mileage, constituency surgeries near {town}", 1260, 9870),
                    new ItemKind("Car parking, {town}", 250, 1850),
                    new ItemKind("Underground and bus fares, one week", 1340, 4200),
                    new ItemKind("Car hire, {town}, two days", 6480, 14520)),
            "Accommodation", List.of(
                    new ItemKind("Hotel, {town}, one night", 6900, 16900),
                    new ItemKind("Rent, London flat", 120000, 210000),
                    new ItemKind("Council tax, London flat", 9800, 21400),
                    new ItemKind("Electricity and gas, London flat", 4200, 13800),
                    new ItemKind("Cleaning, London flat", 3000, 9000),
                    new ItemKind("Service charge, London flat", 15000, 42000)),
            "Office costs", List.of(
                    new ItemKind("Stationery, {town} office", 480, 6450),
                    new ItemKind("Printer toner cartridges", 3490, 14900),
                    new ItemKind("Constituency office rent, {town}", 45000, 95000),
                    new ItemKind("Broadband, constituency office", 2499, 5999),
                    new ItemKind("Office chair", 8900, 34900),
                    new ItemKind("Photocopier lease", 6000, 15000)),
            "Staffing", List.of(
                    new ItemKind("Caseworker salary, part month", 80000, 210000),
                    new ItemKind("Agency temp, one week", 35000, 65000),
                    new ItemKind("Staff training course", 9000, 45000),
                    new ItemKind("Payroll bureau fee", 2500, 7500),
                    new ItemKind("Staff travel, {town}", 1200, 8800)),
            "Communications", List.of(
                    new ItemKind("Newsletter printing, {town} edition", 40000, 190000),
                    new ItemKind("Postage, constituency mailing", 2000, 35000),
                    new ItemKind("Mobile phone contract", 2500, 6500),
                    new ItemKind("Website hosting", 1500, 9000),
                    new ItemKind("Advertisement, {town} Gazette", 9000, 45000),
                    new ItemKind("Surgery posters, {town} library", 1800, 6500)));

    // Table rows per sheet; the last sheet gives up TOTAL_BLOCK_ROWS to the total and signature.
    private static final int FIRST_SHEET_ROWS = 30;
    private static final int SHEET_ROWS = 40;
    private static final int TOTAL_BLOCK_ROWS = 10;
    private static final float ROW = 15;
    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float[] COLUMNS = {LEFT, 112, 410, 470, RIGHT};

    private static final Color PAPER = new Color(250, 249, 244);
    private static final Color PRINT = new Color(35, 35, 38);
    private static final Color SHADED = new Color(222, 222, 216);
    private static final Color TYPED = new Color(20, 20, 24);
    private static final Color PEN = new Color(25, 45, 120);
    private static final Color STAMP = new Color(190, 40, 45);

    static ClaimForm draw(Member member, int serial, int maxPages, DemoNames names, Random random) {
        int pages = random.nextInt(1, maxPages + 1);
        Period period = pages > 3 ? DemoCalendar.quarter(random) : DemoCalendar.month(random);
        String category = names.pick(CATEGORIES);
        int[] rows = new int[pages];
        for (int sheet = 0; sheet < pages; sheet++) {
            boolean last = sheet == pages - 1;
            rows[sheet] = last ? random.nextInt(1, rowsOn(sheet, true) + 1) : rowsOn(sheet, false);
        }
        List<Item> items = items(category, period, rows, names, random);
        List<List<Item>> sheets = new ArrayList<>();
        int from = 0;
        for (int count : rows) {
            sheets.add(items.subList(from, from + count));
            from += count;
        }
        LocalDate signed = DemoCalendar.soonAfter(period.end(), random);
        String reference = String.format(Locale.ROOT, "EXP/%d/%05d", period.start().getYear(), serial);
        return new ClaimForm(member, reference, category, period, List.copyOf(sheets), signed,
                DemoCalendar.soonAfter(signed, random), random.nextLong());
    }

    @Override
    public String title() {
        return "Expenses claim, " + period.label();
    }

    @Override
    public String fileName() {
        return "claim-" + period.slug() + ".pdf";
    }

    @Override
    public LocalDate date() {
        return signed;
    }

    @Override
    public List<String> tags(int page) {
        return category.equals("Travel") || category.equals("Accommodation") ? List.of("claim-form", "travel") : List.of("claim-form");
    }

    @Override
    public int pageCount() {
        return sheets.size();
    }

    @Override
    public void render(PDDocument pdf) throws IOException {
        Random random = new Random(seed);
        Fonts fonts = new Fonts(new PDType1Font(FontName.HELVETICA), new PDType1Font(FontName.HELVETICA_BOLD),
                new PDType1Font(FontName.COURIER));
        long broughtForward = 0;
        for (int sheet = 0; sheet < sheets.size(); sheet++) {
            boolean last = sheet == sheets.size() - 1;
            try (ScannedPage page = ScannedPage.start(pdf, PDRectangle.A4, PAPER, fonts.plain(), reference,
                    sheet + 1, sheets.size(), random)) {
                float top = sheet == 0 ? firstHeading(page, fonts, random) : continuationHeading(page, fonts, random);
                List<Item> items = sheets.get(sheet);
                long carried = broughtForward + items.stream().mapToLong(Item::pence).sum();
                float bottom = table(page, fonts, top, rowsOn(sheet, last), items,
                        sheet == 0 ? null : broughtForward, last ? null : carried, random);
                if (last) {
                    signOff(page, fonts, bottom, carried, random);
                }
                page.content().setNonStrokingColor(PRINT);
                page.text(fonts.plain(), 7, LEFT, 40, "Form EX1 (rev. 2022)");
                page.textRight(fonts.plain(), 7, RIGHT, 40, "Sheet " + (sheet + 1) + " of " + sheets.size());
                broughtForward = carried;
            }
        }
    }

    private static int rowsOn(int sheet, boolean last) {
        return (sheet == 0 ? FIRST_SHEET_ROWS : SHEET_ROWS) - (last ? TOTAL_BLOCK_ROWS : 0);
    }

    private static List<Item> items(String category, Period period, int[] rows, DemoNames names, Random random) {
        List<LocalDate> dates = Stream.generate(() -> DemoCalendar.dayWithin(period.start(), period.end(), random))
                .limit(Arrays.stream(rows).sum())
                .sorted()
                .toList();
        List<Item> items = new ArrayList<>();
        int receipts = 0;
        for (LocalDate date : dates) {
            ItemKind kind = names.pick(ITEMS.get(category));
            // Now and then a receipt has gone missing, as on real claims.
            String receipt = random.nextInt(12) == 0 ? "none" : String.format(Locale.ROOT, "R%03d", ++receipts);
            items.add(new Item(date, kind.description().replace("{town}", names.town()), receipt,
                    random.nextInt(kind.minPence(), kind.maxPence() + 1)));
        }
        return items;
    }

    private float firstHeading(ScannedPage page, Fonts fonts, Random random) throws IOException {
        page.content().setNonStrokingColor(PRINT);
        page.text(fonts.bold(), 15, LEFT, 790, "PARLIAMENTARY EXPENSES — CLAIM FORM");
        page.text(fonts.plain(), 8, LEFT, 777, "Members' Allowances Scheme · Fees Office");
        rule(page, 1.2f, 768);
        receivedStamp(page, fonts, random);
        box(page, fonts, LEFT, 292, 760, "MEMBER'S NAME", member.name(), random);
        box(page, fonts, 300, RIGHT, 760, "PARTY", member.party(), random);
        box(page, fonts, LEFT, 292, 722, "CONSTITUENCY", member.constituency(), random);
        box(page, fonts, 300, RIGHT, 722, "CLAIM REFERENCE", reference, random);
        box(page, fonts, LEFT, 292, 684, "CLAIM PERIOD", period.start().format(DemoCalendar.SHORT) + " to "
                + period.end().format(DemoCalendar.SHORT), random);
        box(page, fonts, 300, RIGHT, 684, "DATE SUBMITTED", signed.format(DemoCalendar.LONG), random);
        categoryBoxes(page, fonts, 646, random);
        return 600;
    }

    private float continuationHeading(ScannedPage page, Fonts fonts, Random random) throws IOException {
        page.content().setNonStrokingColor(PRINT);
        page.text(fonts.bold(), 12, LEFT, 790, "CONTINUATION SHEET — EXPENSES CLAIM FORM");
        page.text(fonts.plain(), 8, LEFT, 773, "Member");
        page.text(fonts.plain(), 8, 330, 773, "Claim reference");
        typed(page, fonts, 82, 773, member.name(), random);
        typed(page, fonts, 400, 773, reference, random);
        rule(page, 1.2f, 764);
        return 750;
    }

    private void receivedStamp(ScannedPage page, Fonts fonts, Random random) throws IOException {
        var content = page.content();
        content.saveGraphicsState();
        content.transform(ScannedPage.at(428, 774, random.nextDouble(-9, 4), 0));
        content.setStrokingColor(STAMP);
        content.setNonStrokingColor(STAMP);
        content.setLineWidth(1.3f);
        content.addRect(0, 0, 112, 36);
        content.addRect(2.5f, 2.5f, 107, 31);
        content.stroke();
        centred(page, fonts.bold(), 7, 56, 26, "FEES OFFICE");
        centred(page, fonts.bold(), 12, 56, 14, "RECEIVED");
        centred(page, fonts.bold(), 7, 56, 6, DemoCalendar.stamped(received));
        content.restoreGraphicsState();
    }

    private void box(ScannedPage page, Fonts fonts, float left, float right, float top, String label, String value,
                     Random random) throws IOException {
        page.content().setStrokingColor(PRINT);
        page.content().setLineWidth(0.7f);
        page.content().addRect(left, top - 34, right - left, 34);
        page.content().stroke();
        page.content().setNonStrokingColor(PRINT);
        page.text(fonts.plain(), 6.5f, left + 4, top - 9, label);
        typed(page, fonts, left + 7, top - 26, value, random);
    }

    private void categoryBoxes(ScannedPage page, Fonts fonts, float top, Random random) throws IOException {
        var content = page.content();
        content.setLineWidth(0.7f);
        content.addRect(LEFT, top - 30, RIGHT - LEFT, 30);
        content.stroke();
        page.text(fonts.plain(), 6.5f, LEFT + 4, top - 9, "CATEGORY (TICK ONE BOX; USE A SEPARATE FORM FOR EACH)");
        for (int i = 0; i < CATEGORIES.size(); i++) {
            float x = LEFT + 6 + i * 98;
            content.addRect(x, top - 25, 9, 9);
            content.stroke();
            page.text(fonts.plain(), 8, x + 13, top - 23, CATEGORIES.get(i));
            if (CATEGORIES.get(i).equals(category)) {
                typed(page, fonts, x + 1.5f, top - 23.5f, "X", random);
            }
        }
    }

    /**
     * Draws the ruled table, returning its bottom edge. Brought forward is null on the first
     * sheet and carried forward null on the last, where the total takes its place.
     */
    private float table(ScannedPage page, Fonts fonts, float top, int rows, List<Item> items, Long broughtForward,
                        Long carriedForward, Random random) throws IOException {
        var content = page.content();
        content.setNonStrokingColor(SHADED);
        content.addRect(LEFT, top - 16, RIGHT - LEFT, 16);
        content.fill();
        content.setNonStrokingColor(PRINT);
        page.text(fonts.bold(), 7, COLUMNS[0] + 4, top - 11, "DATE");
        page.text(fonts.bold(), 7, COLUMNS[1] + 4, top - 11, "DESCRIPTION OF EXPENDITURE");
        page.text(fonts.bold(), 7, COLUMNS[2] + 4, top - 11, "RECEIPT");
        page.textRight(fonts.bold(), 7, RIGHT - 4, top - 11, "AMOUNT £");
        float y = top - 16;
        if (broughtForward != null) {
            y = totalRow(page, fonts, y, "Brought forward", broughtForward, random);
        }
        content.setLineWidth(0.4f);
        for (int row = 0; row < rows; row++) {
            if (row < items.size()) {
                Item item = items.get(row);
                typed(page, fonts, COLUMNS[0] + 4, y - 11, item.date().format(DemoCalendar.SHORT), random);
                typed(page, fonts, COLUMNS[1] + 4, y - 11, item.description(), random);
                typed(page, fonts, COLUMNS[2] + 4, y - 11, item.receipt(), random);
                typedRight(page, fonts, RIGHT - 5, y - 11, Money.amount(item.pence()), random);
            }
            y -= ROW;
            page.line(LEFT, y, RIGHT, y);
        }
        if (carriedForward != null) {
            y = totalRow(page, fonts, y, "Carried forward", carriedForward, random);
        }
        content.setLineWidth(0.8f);
        content.addRect(LEFT, y, RIGHT - LEFT, top - y);
        content.stroke();
        for (int column = 1; column < COLUMNS.length - 1; column++) {
            page.line(COLUMNS[column], y, COLUMNS[column], top);
        }
        return y;
    }

    private float totalRow(ScannedPage page, Fonts fonts, float y, String label, long pence, Random random)
            throws IOException {
        page.content().setNonStrokingColor(PRINT);
        page.text(fonts.bold(), 7.5f, COLUMNS[1] + 4, y - 11, label.toUpperCase(Locale.ROOT));
        typedRight(page, fonts, RIGHT - 5, y - 11, Money.amount(pence), random);
        page.content().setLineWidth(0.8f);
        page.line(LEFT, y - ROW, RIGHT, y - ROW);
        return y - ROW;
    }

    private void signOff(ScannedPage page, Fonts fonts, float top, long total, Random random) throws IOException {
        var content = page.content();
        content.setNonStrokingColor(PRINT);
        page.textRight(fonts.bold(), 9, COLUMNS[3] - 6, top - 14, "TOTAL CLAIMED  £");
        content.setLineWidth(1.2f);
        content.addRect(COLUMNS[3], top - 20, RIGHT - COLUMNS[3], 20);
        content.stroke();
        typedRight(page, fonts, RIGHT - 5, top - 14, Money.amount(total), random);

        page.text(fonts.plain(), 7.5f, LEFT, top - 42, "I certify that the expenditure above was wholly, exclusively "
                + "and necessarily incurred in the performance of my duties as a Member,");
        page.text(fonts.plain(), 7.5f, LEFT, top - 52, "that it has not been claimed elsewhere, and that the "
                + "receipts listed are attached.");

        float signatureLine = top - 95;
        content.setLineWidth(0.6f);
        page.text(fonts.plain(), 8, LEFT, signatureLine + 2, "Signature");
        page.line(95, signatureLine, 330, signatureLine);
        page.text(fonts.plain(), 8, 350, signatureLine + 2, "Date");
        page.line(375, signatureLine, RIGHT, signatureLine);
        typed(page, fonts, 382, signatureLine + 3, signed.format(DemoCalendar.LONG), random);
        content.setNonStrokingColor(PEN);
        page.text(fonts.plain(), 19, ScannedPage.at(108, signatureLine + 3, random.nextDouble(-2, 5), 0.3f),
                member.name());

        float office = signatureLine - 30;
        content.setNonStrokingColor(PRINT);
        content.setLineWidth(0.7f);
        content.addRect(LEFT, office - 40, RIGHT - LEFT, 40);
        content.stroke();
        page.text(fonts.bold(), 7, LEFT + 4, office - 10, "FOR OFFICE USE ONLY");
        page.text(fonts.plain(), 8, LEFT + 4, office - 30,
                "Checked by ____________     Authorised £ ____________     Budget code ________");
    }

    private void rule(ScannedPage page, float width, float y) throws IOException {
        page.content().setStrokingColor(PRINT);
        page.content().setLineWidth(width);
        page.line(LEFT, y, RIGHT, y);
    }

    private static void centred(ScannedPage page, PDFont font, float size, float centre, float y, String text)
            throws IOException {
        page.text(font, size, centre - ScannedPage.width(font, size, text) / 2, y, text);
    }

    /** Typewriter text: each strike lands a fraction of a point off, and in its own ink. */
    private static void typed(ScannedPage page, Fonts fonts, float x, float y, String text, Random random)
            throws IOException {
        page.content().setNonStrokingColor(TYPED);
        page.text(fonts.typed(), 8.5f, (float) (x + random.nextDouble(-0.6, 0.6)),
                (float) (y + random.nextDouble(-0.6, 0.6)), text);
        page.content().setNonStrokingColor(PRINT);
    }

    private static void typedRight(ScannedPage page, Fonts fonts, float right, float y, String text, Random random)
            throws IOException {
        typed(page, fonts, right - ScannedPage.width(fonts.typed(), 8.5f, text), y, text, random);
    }
}
