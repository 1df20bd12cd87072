package docket.catalog;

import java.util.List;

/** The outcome of one import, row by row. */
@io.micronaut.serde.annotation.Serdeable
@io.micronaut.core.annotation.Introspected
public record ImportReport(List<RowResult> rows) {

    public List<RowResult> failures() {
        return rows.stream().filter(r -> r.outcome() == RowResult.Outcome.FAILED).toList();
    }

    public long imported() {
        return count(RowResult.Outcome.IMPORTED);
    }

    public long alreadyImported() {
        return count(RowResult.Outcome.ALREADY_IMPORTED);
    }

    public int pagesAdded() {
        return rows.stream().mapToInt(RowResult::pagesAdded).sum();
    }

    public String summary() {
        return "%d rows: %d documents imported with %d pages, %d already imported, %d failed"
                .formatted(rows.size(), imported(), pagesAdded(), alreadyImported(), failures().size());
    }

    private long count(RowResult.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
