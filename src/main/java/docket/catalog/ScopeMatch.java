package docket.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** A party, member or document found by name, for the desk's scope picker: {@code value} is what the scope takes. */
@Introspected
@Serdeable
public record ScopeMatch(String kind, String value, String label) {
}
