package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A personal API token; only its SHA-256 is stored. */
@MappedEntity("api_token")
record ApiToken(@Id @GeneratedValue @Nullable Long id, long reviewerId, String name, String tokenHash,
                @DateCreated @Nullable Instant createdAt, @Nullable Instant lastUsedAt) {
}
