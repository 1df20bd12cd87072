package docket.editor;

import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.catalog.RowResult;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** One desk upload while it is imported in the background, and its report once it is done. */
final class Upload implements ImportProgress {

    private final String id;
    private final String member;
    private final int files;
    private final AtomicInteger filesDone = new AtomicInteger();
    private final Map<Long, Integer> pagesByRow = new ConcurrentHashMap<>();
    private volatile ImportReport report;
    private volatile String error;

    Upload(String id, String member, int files) {
        this.id = id;
        this.member = member;
        this.files = files;
    }

    /** What the progress page and {@code GET /api/editor/uploads/{id}} show. */
    @Serdeable
    @Introspected
    record Status(String id, String member, int files, int filesDone, int pagesRendered, boolean done,
                  @Nullable String summary, List<RowResult> rows, @Nullable String error) {
    }

    String id() {
        return id;
    }

    Status status() {
        ImportReport finished = report;
        return new Status(id, member, files, filesDone.get(), pagesByRow.values().stream().mapToInt(Integer::intValue).sum(),
                finished != null || error != null, finished == null ? null : finished.summary(),
                finished == null ? List.of() : finished.rows(), error);
    }

    @Override
    public void pagesRendered(long row, int pages) {
        pagesByRow.put(row, pages);
    }

    @Override
    public void rowFinished(RowResult result, int finished, int total) {
        filesDone.set(finished);
    }

    void finished(ImportReport report) {
        this.report = report;
    }

    void failed(String error) {
        this.error = error;
    }
}
