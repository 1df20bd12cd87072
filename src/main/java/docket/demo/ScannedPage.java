package docket.demo;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A page that looks scanned: the paper lies slightly askew on a grey scanner lid, and the
 * scanner stamps the reference and page number on top, upright. Flat colours only, because
 * the importer renders every page and noise would make that slow.
 */
final class ScannedPage implements Closeable {

    private static final Color LID = new Color(226, 226, 222);
    private static final Color SHADOW = new Color(190, 190, 184);
    private static final Color IMPRINT = new Color(96, 96, 96);

    private final PDPageContentStream content;
    private final PDRectangle size;
    private final PDFont imprintFont;
    private final String imprint;

    private ScannedPage(PDPageContentStream content, PDRectangle size, PDFont imprintFont, String imprint) {
        this.content = content;
        this.size = size;
        this.imprintFont = imprintFont;
        this.imprint = imprint;
    }

    /** Starts page {@code page} of {@code pages}; drawing on it happens in the tilted paper's coordinates. */
    static ScannedPage start(PDDocument pdf, PDRectangle size, Color paper, PDFont imprintFont,
                             String reference, int page, int pages, Random random) throws IOException {
        PDPage pdfPage = new PDPage(size);
        pdf.addPage(pdfPage);
        PDPageContentStream content = new PDPageContentStream(pdf, pdfPage);
        fill(content, LID, 0, 0, size);
        content.saveGraphicsState();
        content.transform(askew(size, random));
        fill(content, SHADOW, 1.5f, -1.5f, size);
        fill(content, vary(paper, random), 0, 0, size);
        String imprint = "Fees Office scan  " + reference + "  page " + page + " of " + pages;
        return new ScannedPage(content, size, imprintFont, imprint);
    }

    /** Where text goes: at (x, y), turned by {@code degrees}, glyphs sheared right by {@code slant}. */
    static Matrix at(float x, float y, double degrees, float slant) {
        double radians = StrictMath.toRadians(degrees);
        float cos = (float) StrictMath.cos(radians);
        float sin = (float) StrictMath.sin(radians);
        return new Matrix(cos, sin, slant * cos - sin, slant * sin + cos, x, y);
    }

    PDPageContentStream content() {
        return content;
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    void text(PDFont font, float fontSize, float x, float y, String text) throws IOException {
        text(font, fontSize, at(x, y, 0, 0), text);
    }

    void text(PDFont font, float fontSize, Matrix at, String text) throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.setTextMatrix(at);
        content.showText(text);
        content.endText();
    }

    void textRight(PDFont font, float fontSize, float right, float y, String text) throws IOException {
        text(font, fontSize, right - width(font, fontSize, text), y, text);
    }

    static float width(PDFont font, float fontSize, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        content.restoreGraphicsState();
        content.setNonStrokingColor(IMPRINT);
        text(imprintFont, 6, width() - width(imprintFont, 6, imprint) - 8, 5, imprint);
        content.close();
    }

    /**
     * Turns the paper by up to a degree about its centre and shifts it a little. StrictMath,
     * not Math, so the PDF bytes are the same on every JVM: the importer keys files by hash.
     */
    private static Matrix askew(PDRectangle size, Random random) {
        double radians = StrictMath.toRadians(random.nextDouble(-1, 1));
        float cos = (float) StrictMath.cos(radians);
        float sin = (float) StrictMath.sin(radians);
        float cx = size.getWidth() / 2;
        float cy = size.getHeight() / 2;
        float dx = (float) random.nextDouble(-4, 4);
        float dy = (float) random.nextDouble(-4, 4);
        return new Matrix(cos, sin, -sin, cos, cx - cos * cx + sin * cy + dx, cy - sin * cx - cos * cy + dy);
    }

    private static Color vary(Color paper, Random random) {
        int shift = random.nextInt(-4, 2);
        return new Color(paper.getRed() + shift, paper.getGreen() + shift, paper.getBlue() + shift - random.nextInt(3));
    }

    private static void fill(PDPageContentStream content, Color colour, float x, float y, PDRectangle size)
            throws IOException {
        content.setNonStrokingColor(colour);
        content.addRect(x, y, size.getWidth(), size.getHeight());
        content.fill();
    }
}
