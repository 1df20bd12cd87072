package docket.demo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/** Draws one demo document: typed claim forms, till receipts or a hand-written letter, made to look scanned. */
final class DemoPages {

    enum Kind {
        CLAIM("CLM"), RECEIPTS("RCT"), LETTER("LTR");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        String prefix() {
            return prefix;
        }

        String title(LocalDate date) {
            String month = date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
            return switch (this) {
                case CLAIM -> "Expenses claim, " + month;
                case RECEIPTS -> "Receipts, " + month;
                case LETTER -> "Letter to the Fees Office, " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
            };
        }
    }

    private static final PDType1Font HELVETICA = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font HELVETICA_BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    private static final PDType1Font COURIER = new PDType1Font(FontName.COURIER);
    private static final PDType1Font COURIER_BOLD = new PDType1Font(FontName.COURIER_BOLD);
    private static final PDType1Font HAND = new PDType1Font(FontName.TIMES_ITALIC);
    private static final Color PAPER = new Color(250, 248, 241);
    private static final Color INK = new Color(24, 38, 110);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DemoCorpus.Planned document;
    private final Random random;
    private final PDDocument pdf = new PDDocument();

    DemoPages(DemoCorpus.Planned document) {
        this.document = document;
        this.random = new Random(document.seed());
    }

    PDDocument draw() throws IOException {
        for (int page = 1; page <= document.pages(); page++) {
            switch (document.kind()) {
                case CLAIM -> claimPage(page);
                case RECEIPTS -> receiptPage(page);
                case LETTER -> letterPage(page);
            }
        }
        return pdf;
    }

    private void claimPage(int page) throws IOException {
        try (PDPageContentStream cs = scannedPage(PDRectangle.A4)) {
            float top = 790;
            text(cs, HELVETICA_BOLD, 14, 50, top, page == 1 ? "PARLIAMENTARY EXPENSES — CLAIM FORM" : "CLAIM FORM — CONTINUATION SHEET");
            text(cs, HELVETICA, 8, 50, top - 14, "Return to the Fees Office within three months of the expense. Attach original receipts.");
            float y = top - 40;
            if (page == 1) {
                box(cs, 50, y, "Member", document.member().name());
                box(cs, 310, y, "Constituency", document.member().constituency());
                y -= 36;
                box(cs, 50, y, "Claim period", document.title().replace("Expenses claim, ", ""));
                box(cs, 310, y, "Category", DemoCorpus.pick(random, DemoText.CATEGORIES));
                y -= 36;
            }
            box(cs, 50, y, "Claim reference", document.reference());
            box(cs, 310, y, "Sheet", page + " of " + document.pages());
            y -= 40;
            text(cs, HELVETICA_BOLD, 9, 50, y, "DATE");
            text(cs, HELVETICA_BOLD, 9, 130, y, "DESCRIPTION");
            text(cs, HELVETICA_BOLD, 9, 470, y, "AMOUNT (£)");
            line(cs, 50, y - 4, 545, y - 4);
            long totalPence = 0;
            int rows = 8 + random.nextInt(8);
            for (int i = 0; i < rows; i++) {
                y -= 22;
                long pence = 300 + random.nextInt(page == 1 && i == 0 ? 250_000 : 40_000);
                totalPence += pence;
                text(cs, COURIER, 10, 50, y, dayInMonth().format(DAY));
                text(cs, COURIER, 10, 130, y, DemoCorpus.pick(random, DemoText.CLAIM_ITEMS));
                text(cs, COURIER, 10, 470, y, pounds(pence));
                line(cs, 50, y - 6, 545, y - 6);
            }
            y -= 30;
            text(cs, HELVETICA_BOLD, 10, 360, y, "TOTAL THIS SHEET");
            text(cs, COURIER_BOLD, 11, 470, y, pounds(totalPence));
            if (page == document.pages()) {
                y -= 60;
                text(cs, HELVETICA, 9, 50, y, "I certify that these costs were incurred wholly, exclusively and necessarily in performing my duties.");
                line(cs, 50, y - 40, 250, y - 40);
                signature(cs, 60, y - 36, document.member().name());
                text(cs, HELVETICA, 8, 50, y - 52, "Signature");
                text(cs, COURIER, 10, 330, y - 36, document.date().plusDays(30).format(DAY));
                text(cs, HELVETICA, 8, 330, y - 52, "Date");
            }
            footer(cs, 50, 40, page);
        }
    }

    private void receiptPage(int page) throws IOException {
        PDRectangle size = new PDRectangle(226, 420 + random.nextInt(200));
        try (PDPageContentStream cs = scannedPage(size)) {
            float y = size.getHeight() - 36;
            String shop = DemoCorpus.pick(random, DemoText.SHOPS);
            text(cs, COURIER_BOLD, 11, centred(COURIER_BOLD, 11, shop, size), y, shop);
            y -= 14;
            String town = DemoCorpus.pick(random, DemoText.PLACES).toUpperCase(Locale.UK);
            text(cs, COURIER, 8, centred(COURIER, 8, town, size), y, town);
            y -= 12;
            String vat = "VAT NO " + (100_000_000 + random.nextInt(899_999_999));
            text(cs, COURIER, 8, centred(COURIER, 8, vat, size), y, vat);
            y -= 22;
            LocalDate day = dayInMonth();
            text(cs, COURIER, 8, 16, y, day.format(DAY) + "  " + String.format("%02d:%02d", 7 + random.nextInt(15), random.nextInt(60)));
            y -= 18;
            long total = 0;
            int items = 1 + random.nextInt(7);
            for (int i = 0; i < items; i++) {
                long pence = 80 + random.nextInt(6_000);
                total += pence;
                text(cs, COURIER, 9, 16, y, DemoCorpus.pick(random, DemoText.SHOP_ITEMS));
                text(cs, COURIER, 9, 160, y, pounds(pence));
                y -= 13;
            }
            y -= 6;
            text(cs, COURIER, 9, 16, y, "--------------------------------");
            y -= 14;
            text(cs, COURIER_BOLD, 10, 16, y, "TOTAL");
            text(cs, COURIER_BOLD, 10, 160, y, pounds(total));
            y -= 13;
            text(cs, COURIER, 8, 16, y, "incl. VAT 20%  " + pounds(total / 6));
            y -= 20;
            text(cs, COURIER, 8, 16, y, "CARD ************" + (1000 + random.nextInt(9000)));
            y -= 12;
            text(cs, COURIER, 8, 16, y, "AUTH " + Integer.toHexString(random.nextInt()).toUpperCase(Locale.UK));
            y -= 22;
            text(cs, COURIER, 8, 16, y, "THANK YOU FOR YOUR CUSTOM");
            text(cs, COURIER, 6, 16, 16, document.reference() + "  receipt " + page + " of " + document.pages());
        }
    }

    private void letterPage(int page) throws IOException {
        try (PDPageContentStream cs = scannedPage(PDRectangle.A4)) {
            cs.setStrokingColor(new Color(196, 214, 236));
            for (float y = 760; y > 70; y -= 24) {
                line(cs, 40, y - 4, 555, y - 4);
            }
            cs.setStrokingColor(Color.BLACK);
            float y = 760;
            if (page == 1) {
                handwriting(cs, 380, y, document.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)), 500);
                y -= 48;
                handwriting(cs, 60, y, "Dear Sir or Madam,", 500);
                y -= 36;
            }
            int paragraphs = 2 + random.nextInt(2);
            for (int p = 0; p < paragraphs && y > 180; p++) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < 2 + random.nextInt(3); s++) {
                    paragraph.append(String.format(DemoCorpus.pick(random, DemoText.LETTER_SENTENCES),
                            "£" + pounds(2_000 + random.nextInt(400_000)))).append(' ');
                }
                y = handwriting(cs, 60, y, paragraph.toString().trim(), 530) - 24;
            }
            if (page == document.pages()) {
                handwriting(cs, 60, y - 12, "Yours faithfully,", 500);
                signature(cs, 70, y - 60, document.member().name());
                handwriting(cs, 60, y - 90, document.member().name() + ", MP for " + document.member().constituency(), 540);
            }
            text(cs, HELVETICA, 7, 470, 30, document.reference() + " — " + page + "/" + document.pages());
        }
    }

    private LocalDate dayInMonth() {
        return document.date().withDayOfMonth(1 + random.nextInt(document.date().lengthOfMonth()));
    }

    /** An off-white page with its content turned a little, as a sheet lies on a scanner. */
    private PDPageContentStream scannedPage(PDRectangle size) throws IOException {
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        PDPageContentStream cs = new PDPageContentStream(pdf, page);
        cs.setNonStrokingColor(PAPER);
        cs.addRect(0, 0, size.getWidth(), size.getHeight());
        cs.fill();
        float angle = (float) Math.toRadians((random.nextFloat() - 0.5f) * 1.6f);
        cs.transform(Matrix.getRotateInstance(angle, (random.nextFloat() - 0.5f) * 6, (random.nextFloat() - 0.5f) * 6));
        cs.setNonStrokingColor(Color.BLACK);
        cs.setLineWidth(0.6f);
        return cs;
    }

    /** Writes words one by one with a wandering baseline and size; returns the y below the last line. */
    private float handwriting(PDPageContentStream cs, float x, float y, String words, float right) throws IOException {
        cs.setNonStrokingColor(INK);
        float cursor = x;
        for (String word : words.split(" ")) {
            float size = 14.5f + random.nextFloat() * 1.5f;
            float width = HAND.getStringWidth(word) / 1000 * size;
            if (cursor + width > right) {
                cursor = x + random.nextFloat() * 4;
                y -= 24;
            }
            text(cs, HAND, size, cursor, y + (random.nextFloat() - 0.5f) * 2.4f, word);
            cursor += width + 4 + random.nextFloat() * 3;
        }
        cs.setNonStrokingColor(Color.BLACK);
        return y;
    }

    private void signature(PDPageContentStream cs, float x, float y, String name) throws IOException {
        cs.setNonStrokingColor(INK);
        cs.beginText();
        cs.setFont(HAND, 20);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(4 + random.nextInt(5)), x, y));
        cs.showText(name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1));
        cs.endText();
        cs.setNonStrokingColor(Color.BLACK);
    }

    private void box(PDPageContentStream cs, float x, float y, String label, String value) throws IOException {
        cs.addRect(x, y - 22, 235, 30);
        cs.stroke();
        text(cs, HELVETICA, 7, x + 4, y, label.toUpperCase(Locale.UK));
        text(cs, COURIER, 11, x + 6, y - 16, value);
    }

    private void footer(PDPageContentStream cs, float x, float y, int page) throws IOException {
        text(cs, HELVETICA, 7, x, y, "Fees Office use only — ref " + document.reference() + " — sheet " + page + " of " + document.pages());
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private static float centred(PDType1Font font, float size, String text, PDRectangle page) throws IOException {
        return (page.getWidth() - font.getStringWidth(text) / 1000 * size) / 2;
    }

    private static String pounds(long pence) {
        return String.format(Locale.UK, "%,d.%02d", pence / 100, pence % 100);
    }
}
