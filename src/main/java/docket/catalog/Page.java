package docket.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One scanned page; {@code contentHash} is the SHA-256 of its image and names the image file. */
@MappedEntity("page")
public record Page(@Id @GeneratedValue @Nullable Long id, Long documentId, int number, String contentHash,
                   String imageType, int width, int height) {
}
