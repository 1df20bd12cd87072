package docket.catalog;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

@MappedEntity("party")
public record Party(@Id @GeneratedValue @Nullable Long id, String slug, String name) {
}
