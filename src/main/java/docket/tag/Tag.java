package docket.tag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@MappedEntity("tag")
public record Tag(@Id @GeneratedValue @Nullable Long id, String slug, String name, String description,
                  int position, boolean active) {
}
