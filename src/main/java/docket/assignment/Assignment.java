package docket.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@MappedEntity("assignment")
public record Assignment(@Id @GeneratedValue @Nullable Long id, String slug, String title, String description,
                         int threshold, AssignmentState state, Featuring featured, int featurePosition) {
}
