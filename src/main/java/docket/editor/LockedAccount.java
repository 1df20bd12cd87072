package docket.editor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An account locked after too many failed sign-ins, as the desk lists it. */
@Introspected
@Serdeable
record LockedAccount(String name, int failures, Instant lockedAt) {
}
