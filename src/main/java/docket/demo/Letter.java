package docket.demo;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A hand-written letter on ruled paper. It is laid out into pages when drawn from the seed,
 * so its page count is known before anything is rendered.
 */
record Letter(Member member, String reference, LocalDate date, String addressedTo, List<List<Line>> pages,
              long seed) implements DemoDocument {

    /** One ruled line of writing, {@code indent} points in from the margin, {@code scale} times normal size. */
    record Line(String text, float indent, float scale) {
    }

    private record Recipient(String title, String addressee, String salutation, String closing) {
    }

    private static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("the Fees Office", "The Fees Office", "Dear Sir or Madam,", "Yours faithfully,"),
            new Recipient("the Fees Office", "Mr {last}, Fees Office", "Dear Mr {last},", "Yours sincerely,"),
            new Recipient("the Fees Office", "Mrs {last}, Fees Office", "Dear Mrs {last},", "Yours sincerely,"),
            new Recipient("the Accounting Officer", "Ms {last}, Accounting Officer", "Dear Ms {last},",
                    "Yours sincerely,"),
            new Recipient("the Commissioner for Standards", "The Commissioner for Standards",
                    "Dear Commissioner,", "Yours sincerely,"),
            new Recipient("the Speaker", "Mr Speaker", "Dear Mr Speaker,", "Yours sincerely,"));

    private static final List<String> SENTENCES = List.of(
            "I write about my expenses claim for {month}.",
            "Please find enclosed the receipts for my {category} costs, which came to {amount} in total.",
            "I apologise for the delay; the originals were mislaid when my constituency office moved on {date}.",
            "The hotel bill of {amount} covers {nights} nights in {town} while the select committee sat there.",
            "My office manager, {staff}, will be happy to answer any questions you may have.",
            "I understand that the item of {amount} for {category} costs was queried, and I would ask you to "
                    + "look at it again.",
            "As you will see, the rail fares to {town} were booked at the cheapest rate available on the day.",
            "I should be grateful if the balance of {amount} could be paid into the usual account.",
            "If the Fees Office considers this item outside the rules, I am content to repay {amount} at once.",
            "Thank you for your letter of {date}.",
            "The office in {town} has been open longer hours since {date}, which explains the higher heating bill.",
            "I enclose a corrected form, as the total on my claim for {month} was wrongly added up by {amount}.",
            "Your colleague advised me by telephone on {date} that this was the right way to claim.",
            "The newsletter went to every household in {town} and contained no party political material.",
            "{staff} has kept copies of all the invoices, should you need to see them.",
            "I would be grateful for an early reply, as the supplier has now written to me twice.",
            "The mileage claimed covers {nights} separate visits to {town}, as my diary for {month} will confirm.",
            "I have attached the invoice from the printers in {town}, dated {date}.",
            "I am sorry to trouble you again about the sum of {amount}, which is still outstanding.",
            "The second claim for {amount} was sent in error and should be withdrawn.",
            "My caseworker, {staff}, travelled to {town} on my behalf on {date}.",
            "I note that the rules changed on {date}, after these costs were incurred.",
            "The furniture for the London flat came to {amount}, well within the allowance.",
            "I enclose the bill for the garden work at my constituency home, which came to {amount}.");

    private static final List<String> CATEGORIES =
            List.of("travel", "accommodation", "office", "staffing", "communications");
    private static final List<String> NIGHTS = List.of("two", "three", "four", "five");

    // Only measures words while laying out; each rendered PDF gets its own font object.
    private static final PDFont MEASURING = new PDType1Font(FontName.HELVETICA);
    private static final float SIZE = 14;
    private static final float RULE_SPACING = 24;
    private static final float FIRST_RULE = 742;
    private static final float MARGIN = 72;
    private static final float WRITING_WIDTH = 440;
    private static final int RULES = 28;
    private static final int MAX_PAGES = 3;
    // Ruled paper is printed; slanted Helvetica in blue ink stands in for handwriting. The slant is
    // drawn rather than left to Helvetica-Oblique, as renderers without that font show it upright.
    private static final float SLANT = 0.21f;
    private static final Color PAPER = new Color(252, 251, 246);
    private static final Color RULE = new Color(168, 192, 224);
    private static final Color MARGIN_RULE = new Color(222, 140, 140);
    private static final Color INK = new Color(24, 42, 118);

    static Letter draw(Member member, int serial, int maxPages, DemoNames names, Random random) {
        LocalDate date = DemoCalendar.day(random);
        Recipient recipient = names.pick(RECIPIENTS);
        String officer = names.lastName();
        List<Line> opening = List.of(
                new Line("House of Commons", 290, 1), new Line("London SW1A 0AA", 290, 1), blank(),
                new Line(date.format(DemoCalendar.LONG), 290, 1), blank(),
                new Line(recipient.addressee().replace("{last}", officer), 0, 1), blank(),
                new Line(recipient.salutation().replace("{last}", officer), 0, 1), blank());
        List<Line> closing = List.of(
                new Line(recipient.closing(), 0, 1),
                new Line(member.name(), 12, 1.6f),
                new Line(member.name() + " MP", 0, 1),
                new Line("Member for " + member.constituency(), 0, 1));

        int capacity = capacity(random.nextInt(1, Math.min(MAX_PAGES, maxPages) + 1));
        List<Line> lines = new ArrayList<>(opening);
        Deque<String> sentences = new ArrayDeque<>();
        List<Line> paragraph = paragraph(date, sentences, names, random);
        do {
            lines.addAll(paragraph);
            lines.add(blank());
            paragraph = paragraph(date, sentences, names, random);
        } while (lines.size() + paragraph.size() + 1 + closing.size() <= capacity);
        lines.addAll(closing);

        String reference = String.format(Locale.ROOT, "COR/%d/%05d", date.getYear(), serial);
        return new Letter(member, reference, date, recipient.title(), paginate(lines), random.nextLong());
    }

    @Override
    public String title() {
        return "Letter to " + addressedTo + ", " + date.format(DemoCalendar.LONG);
    }

    @Override
    public String fileName() {
        return "letter-" + date + ".pdf";
    }

    @Override
    public List<String> tags(int page) {
        return List.of("letter");
    }

    @Override
    public int pageCount() {
        return pages.size();
    }

    @Override
    public void render(PDDocument pdf) throws IOException {
        Random random = new Random(seed);
        PDFont hand = new PDType1Font(FontName.HELVETICA);
        for (int i = 0; i < pages.size(); i++) {
            try (ScannedPage page = ScannedPage.start(pdf, PDRectangle.A4, PAPER, hand, reference, i + 1,
                    pages.size(), random)) {
                rulePaper(page);
                page.content().setNonStrokingColor(INK);
                List<Line> lines = pages.get(i);
                for (int row = 0; row < lines.size(); row++) {
                    write(page, hand, lines.get(row), FIRST_RULE - row * RULE_SPACING + 3, random);
                }
            }
        }
    }

    private static int capacity(int pages) {
        // Later pages give their first two rules to the page number and a gap.
        return RULES + (pages - 1) * (RULES - 2);
    }

    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        for (Line line : lines) {
            if (page.size() == RULES) {
                pages.add(List.copyOf(page));
                page = new ArrayList<>(List.of(new Line("- " + (pages.size() + 1) + " -", 200, 1), blank()));
            }
            page.add(line);
        }
        pages.add(List.copyOf(page));
        return List.copyOf(pages);
    }

    /** A few sentences dealt from {@code sentences}, a shuffled deck, so that a letter does not repeat itself. */
    private static List<Line> paragraph(LocalDate date, Deque<String> sentences, DemoNames names, Random random) {
        StringBuilder text = new StringBuilder();
        for (int sentence = random.nextInt(2, 5); sentence > 0; sentence--) {
            if (sentences.isEmpty()) {
                List<String> deck = new ArrayList<>(SENTENCES);
                Collections.shuffle(deck, random);
                sentences.addAll(deck);
            }
            text.append(fill(sentences.pop(), date, names, random)).append(' ');
        }
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // Paragraphs start indented, as people were taught to write them.
        float indent = 24;
        for (String word : text.toString().trim().split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (width(longer) > WRITING_WIDTH - indent) {
                lines.add(new Line(line.toString(), indent, 1));
                line = new StringBuilder(word);
                indent = 0;
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(new Line(line.toString(), indent, 1));
        return lines;
    }

    private static String fill(String sentence, LocalDate date, DemoNames names, Random random) {
        return sentence
                .replace("{month}", DemoCalendar.shortlyBefore(date, random).format(DemoCalendar.MONTH))
                .replace("{date}", DemoCalendar.shortlyBefore(date, random).format(DemoCalendar.LONG))
                .replace("{amount}", Money.pounds(random.nextInt(1_500, 250_000)))
                .replace("{category}", names.pick(CATEGORIES))
                .replace("{nights}", names.pick(NIGHTS))
                .replace("{town}", names.town())
                .replace("{staff}", names.person());
    }

    private static float width(String text) {
        try {
            return ScannedPage.width(MEASURING, SIZE, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line blank() {
        return new Line("", 0, 1);
    }

    private static void rulePaper(ScannedPage page) throws IOException {
        var content = page.content();
        content.setLineWidth(0.6f);
        content.setStrokingColor(RULE);
        for (int rule = 0; rule < RULES; rule++) {
            float y = FIRST_RULE - rule * RULE_SPACING;
            page.line(0, y, page.width(), y);
        }
        content.setStrokingColor(MARGIN_RULE);
        page.line(MARGIN - 8, 0, MARGIN - 8, page.height());
    }

    /** Writes word by word, each a little off in size, height and angle, along a wandering line. */
    private static void write(ScannedPage page, PDFont hand, Line line, float baseline, Random random)
            throws IOException {
        float x = MARGIN + line.indent();
        double drift = random.nextDouble(-0.012, 0.012);
        for (String word : line.text().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float size = (float) (SIZE * line.scale() * random.nextDouble(0.94, 1.06));
            float y = (float) (baseline + (x - MARGIN) * drift + random.nextDouble(-1.2, 1.2));
            page.text(hand, size, ScannedPage.at(x, y, random.nextDouble(-2, 2),
                    (float) (SLANT + random.nextDouble(-0.04, 0.04))), word);
            x += ScannedPage.width(hand, size, word) + size * random.nextDouble(0.25, 0.45);
        }
    }
}
