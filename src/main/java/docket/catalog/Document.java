package docket.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One filed document; {@code sourceHash} identifies the imported file so a re-import is a no-op. */
@MappedEntity("document")
public record Document(@Id @GeneratedValue @Nullable Long id, Long memberId, String title,
                       String sourceHash, String sourceName) {
}
