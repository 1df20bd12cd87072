package docket.catalog;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page images on disk, named by the SHA-256 of their bytes. A name never changes meaning, so the
 * files are written once and served with a year-long cache lifetime.
 */
@Singleton
public class ImageStore {

    /** Where {@link ImageController} serves the images, by name. */
    static final String URL_PATH = "/images";

    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{64}(\\.thumb)?\\.(jpg|png)");

    private final Path dir;

    ImageStore(@Value("${docket.images.dir}") Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    public static String imageName(String hash, String type) {
        return hash + "." + type;
    }

    public static String thumbnailName(String hash) {
        return hash + ".thumb.jpg";
    }

    public static String imageUrl(String hash, String type) {
        return URL_PATH + "/" + imageName(hash, type);
    }

    public static String thumbnailUrl(String hash) {
        return URL_PATH + "/" + thumbnailName(hash);
    }

    /** Stores the page image and its thumbnail; returns the image's hash. */
    String put(byte[] image, String type, byte[] thumbnail) {
        String hash = Sha256.of(image);
        write(imageName(hash, type), image);
        write(thumbnailName(hash), thumbnail);
        return hash;
    }

    /** The file for a public image name, or empty for names that are not ours or not stored. */
    Optional<Path> find(String fileName) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Path file = pathOf(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void write(String fileName, byte[] bytes) {
        Path file = pathOf(fileName);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            // Write aside and move, so that a reader never sees half an image.
            Path partial = Files.createTempFile(file.getParent(), ".partial", null);
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store image " + file, e);
        }
    }

    // Two levels of fan-out keep directories small at millions of pages.
    private Path pathOf(String fileName) {
        return dir.resolve(fileName.substring(0, 2)).resolve(fileName.substring(2, 4)).resolve(fileName);
    }
}
