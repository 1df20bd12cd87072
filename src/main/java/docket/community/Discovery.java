package docket.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A page editors highlighted, credited to the reviewer who first flagged it "investigate this". */
@Serdeable
@MappedEntity("discovery")
public record Discovery(@Id @GeneratedValue @Nullable Long id, long pageId, String headline, String note,
                        @Nullable Long creditedReviewerId, @Nullable Long createdBy, boolean published) {
}
