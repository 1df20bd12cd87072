package docket.catalog;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The import pipeline shared by {@code tools/import}, the demo and uploads: rows are rendered in
 * parallel (rendering is the slow part) and written to MySQL one by one in manifest order.
 */
@Singleton
public class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final PageRenderer renderer;
    private final CatalogWriter writer;

    Importer(PageRenderer renderer, CatalogWriter writer) {
        this.renderer = renderer;
        this.writer = writer;
    }

    /** Imports every row it can; a manifest that cannot be read at all throws with the reason. */
    public ImportReport importManifest(Path manifest, ImportProgress progress) throws ImportFailure {
        List<Manifest.Entry> entries = Manifest.read(manifest);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<RowResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // A bounded window of rows in flight keeps memory flat on manifests of any length.
            Deque<Future<Rendered>> window = new ArrayDeque<>();
            for (Manifest.Entry entry : entries) {
                window.add(pool.submit(() -> render(entry, progress)));
                if (window.size() > threads * 2) {
                    results.add(write(window.poll()));
                    progress.rowFinished(results.get(results.size() - 1), results.size(), entries.size());
                }
            }
            while (!window.isEmpty()) {
                results.add(write(window.poll()));
                progress.rowFinished(results.get(results.size() - 1), results.size(), entries.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return new ImportReport(results);
    }

    /** A row's rendered pages, or its result when there is nothing to write. */
    private record Rendered(ManifestRow row, Source source, List<StoredPage> pages, RowResult result) {
    }

    private Rendered render(Manifest.Entry entry, ImportProgress progress) {
        ManifestRow row = entry.row();
        if (entry.problem() != null) {
            return new Rendered(row, null, null, RowResult.failed(row, entry.problem()));
        }
        try {
            Source source = Source.open(row.path());
            RowResult known = writer.alreadyImportedOrNull(row, source);
            if (known != null) {
                return new Rendered(row, source, null, known);
            }
            List<StoredPage> pages = renderer.render(source, count -> progress.pagesRendered(row.number(), count));
            return new Rendered(row, source, pages, null);
        } catch (ImportFailure e) {
            return new Rendered(row, null, null, RowResult.failed(row, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Row {} of an import could not be read", row.number(), e);
            return new Rendered(row, null, null, RowResult.failed(row, "could not be read (the server log has the details)"));
        }
    }

    // Writes happen on one thread in manifest order, so rows of one new member never race to create it.
    private RowResult write(Future<Rendered> next) {
        Rendered rendered;
        try {
            rendered = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import row crashed", e.getCause());
        }
        if (rendered.result() != null) {
            return rendered.result();
        }
        RowResult result;
        try {
            result = writer.add(rendered.row(), rendered.source(), rendered.pages());
        } catch (RuntimeException e) {
            // The database's own message (SQL, column names) is for the log, not for whoever uploaded.
            LOG.error("Row {} of an import could not be saved", rendered.row().number(), e);
            return RowResult.failed(rendered.row(), "could not be saved (the server log has the details)");
        }
        return result;
    }
}
