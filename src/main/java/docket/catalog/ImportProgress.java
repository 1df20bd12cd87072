package docket.catalog;

/** Progress of a running import, for the command line and the demo loader. */
public interface ImportProgress {

    ImportProgress SILENT = new ImportProgress() {
    };

    /** Called from rendering threads as a row's pages are rendered. */
    default void pagesRendered(long row, int pages) {
    }

    /** Called in manifest order as each row is finished. */
    default void rowFinished(RowResult result, int finished, int total) {
    }
}
