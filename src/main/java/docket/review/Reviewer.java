package docket.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("reviewer")
public record Reviewer(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String passwordHash,
                       ReviewerRole role, @Nullable Instant bannedAt) {
}
