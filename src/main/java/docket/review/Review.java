package docket.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("review")
public record Review(@Id @GeneratedValue @Nullable Long id, long pageId, long reviewerId, @Nullable Long assignmentId,
                     boolean interesting, boolean skipped, Instant createdAt) {
}
