package docket.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** A manifest row's file: a PDF, one image, or a folder whose images are the pages in name order. */
record Source(Path path, boolean pdf, List<Path> images, String hash) {

    private static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp");

    static Source open(Path path) throws ImportFailure {
        try {
            if (Files.isDirectory(path)) {
                List<Path> images;
                try (Stream<Path> files = Files.list(path)) {
                    images = files.filter(Source::isImage).sorted().toList();
                }
                if (images.isEmpty()) {
                    throw new ImportFailure("the folder " + path + " holds no images (" + String.join(", ", IMAGE_TYPES) + ")");
                }
                return new Source(path, false, images, Sha256.of(images));
            }
            if (!Files.isRegularFile(path)) {
                throw new ImportFailure("file not found: " + path);
            }
            if (extension(path).equals("pdf")) {
                return new Source(path, true, List.of(), Sha256.of(path));
            }
            if (isImage(path)) {
                return new Source(path, false, List.of(path), Sha256.of(path));
            }
            throw new ImportFailure("unsupported file type: " + path.getFileName()
                    + " (expected a PDF, an image or a folder of images)");
        } catch (IOException e) {
            throw new ImportFailure("could not read " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean isImage(Path path) {
        return Files.isRegularFile(path) && !path.getFileName().toString().startsWith(".")
                && IMAGE_TYPES.contains(extension(path));
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
