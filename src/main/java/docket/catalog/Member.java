package docket.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("member")
public record Member(@Id @GeneratedValue @Nullable Long id, @Nullable Long partyId, String slug, String name) {
}
