package docket.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Small real PDFs, images and manifests for tests; every page carries a nonce so it is unique in the corpus. */
public final class TestCorpus {

    private final Path dir;

    public TestCorpus(Path dir) {
        this.dir = dir;
    }

    public Path pdf(String name, int pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument pdf = document(pages)) {
            pdf.save(file.toFile());
        }
        return file;
    }

    public Path encryptedPdf(String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument pdf = document(1)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    public Path corruptPdf(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "%PDF-1.7\nthis is not really a PDF " + UUID.randomUUID());
    }

    public Path image(String name, String format) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Receipt " + UUID.randomUUID(), 20, 40);
        g.dispose();
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /** Writes a manifest of rows {party, member, document, path}; paths relative to the manifest. */
    public Path manifest(String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (CSVPrinter csv = Manifest.create(file)) {
            csv.printRecords(rows);
        }
        return file;
    }

    /** A manifest with any header, for the manifests the importer must refuse. */
    public Path manifest(String name, List<String> header, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        }
        return file;
    }

    private static PDDocument document(int pages) throws IOException {
        PDDocument pdf = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String nonce = UUID.randomUUID().toString();
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(PDRectangle.A5);
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(font, 14);
                text.newLineAtOffset(40, 500);
                text.showText("Claim form, page " + i);
                text.newLineAtOffset(0, -20);
                text.setFont(font, 9);
                text.showText(nonce);
                text.endText();
            }
        }
        return pdf;
    }
}
