package docket.community;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** A reviewer on a leaderboard, with the number of their reviews that count (not skips). */
@Introspected
@Serdeable
public record Leader(String name, long reviews) {
}
