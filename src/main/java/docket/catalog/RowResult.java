package docket.catalog;

import io.micronaut.core.annotation.Nullable;

/** What happened to one manifest row. */
@io.micronaut.serde.annotation.Serdeable
public record RowResult(long row, String label, Outcome outcome, int pagesAdded, @Nullable Long documentId, String message) {

    public enum Outcome { IMPORTED, ALREADY_IMPORTED, FAILED }

    static RowResult failed(ManifestRow row, String message) {
        return new RowResult(row.number(), row.label(), Outcome.FAILED, 0, null, message);
    }

    @Override
    public String toString() {
        return "row " + row + " " + switch (outcome) {
            case IMPORTED -> "imported";
            case ALREADY_IMPORTED -> "skipped";
            case FAILED -> "FAILED";
        } + ": " + label + " — " + message;
    }
}
