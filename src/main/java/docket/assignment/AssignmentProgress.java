package docket.assignment;

import io.micronaut.serde.annotation.Serdeable;

/** How many of an assignment's pages are done (reviewed by at least `threshold` people). */
@Serdeable
public record AssignmentProgress(long total, long done) {
}
