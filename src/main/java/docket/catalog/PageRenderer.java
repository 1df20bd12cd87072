package docket.catalog;

import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;

/** Turns a source into stored page images and thumbnails: PDFs rendered with PDFBox, images kept as they are. */
@Singleton
class PageRenderer {

    private final ImageStore images;
    private final ImportSettings settings;

    PageRenderer(ImageStore images, ImportSettings settings) {
        this.images = images;
        this.settings = settings;
    }

    /** Renders every page, calling {@code pageDone} with the count so far. */
    List<StoredPage> render(Source source, IntConsumer pageDone) throws ImportFailure {
        List<StoredPage> pages = new ArrayList<>();
        if (source.pdf()) {
            renderPdf(source.path(), pages, pageDone);
        } else {
            for (Path image : source.images()) {
                pages.add(storeImage(image, pages.size() + 1));
                pageDone.accept(pages.size());
            }
        }
        return pages;
    }

    private void renderPdf(Path path, List<StoredPage> pages, IntConsumer pageDone) throws ImportFailure {
        try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
            if (pdf.getNumberOfPages() == 0) {
                throw new ImportFailure("the PDF has no pages: " + path.getFileName());
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage image;
                try {
                    image = renderer.renderImageWithDPI(i, settings.dpi(), ImageType.RGB);
                } catch (IOException | RuntimeException e) {
                    throw new ImportFailure("page " + (i + 1) + " of " + path.getFileName() + " cannot be rendered: " + e.getMessage(), e);
                }
                pages.add(store(jpeg(image, 0.85f), "jpg", image, i + 1));
                pageDone.accept(pages.size());
            }
        } catch (InvalidPasswordException e) {
            throw new ImportFailure("the PDF is password-protected: " + path.getFileName() + " (remove the password and import it again)", e);
        } catch (IOException e) {
            throw new ImportFailure("not a readable PDF: " + path.getFileName() + " (" + e.getMessage() + ")", e);
        }
    }

    private StoredPage storeImage(Path path, int number) throws ImportFailure {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String format = formatOf(bytes);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || format == null) {
                throw new ImportFailure("not a readable image: " + path.getFileName());
            }
            return switch (format) {
                case "jpeg" -> store(bytes, "jpg", image, number);
                case "png" -> store(bytes, "png", image, number);
                // Browsers cannot show TIFF or BMP: keep the pixels as PNG.
                default -> store(png(image), "png", image, number);
            };
        } catch (IOException e) {
            throw new ImportFailure("not a readable image: " + path.getFileName() + " (" + e.getMessage() + ")", e);
        }
    }

    private StoredPage store(byte[] bytes, String type, BufferedImage image, int number) {
        String hash = images.put(bytes, type, jpeg(thumbnail(image), 0.8f));
        return new StoredPage(number, hash, type, image.getWidth(), image.getHeight());
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            return readers.hasNext() ? readers.next().getFormatName().toLowerCase(java.util.Locale.ROOT) : null;
        }
    }

    private BufferedImage thumbnail(BufferedImage image) {
        int width = Math.min(settings.thumbnailWidth(), image.getWidth());
        BufferedImage current = image;
        // Halve first: one bilinear step from a large scan down to a thumbnail aliases badly.
        while (current.getWidth() / 2 >= width * 2) {
            current = scale(current, current.getWidth() / 2);
        }
        return scale(current, width);
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        int height = Math.max(1, Math.round(image.getHeight() * (float) width / image.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    // JPEG has no alpha channel: flatten onto white.
    private static BufferedImage rgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB ? image : scale(image, image.getWidth());
    }
}
