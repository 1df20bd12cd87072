package docket.events;

import java.time.Instant;

/** A document and its new pages were imported; {@code at} is when its transaction began writing them. */
public record PagesImported(long documentId, Instant at) {
}
