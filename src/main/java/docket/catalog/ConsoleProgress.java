package docket.catalog;

/** Import progress on the console: one line per finished row; long PDFs also every hundred pages. */
public final class ConsoleProgress implements ImportProgress {

    private final long started = System.nanoTime();

    @Override
    public void pagesRendered(long row, int pages) {
        if (pages % 100 == 0) {
            System.out.printf("         row %d: %d pages rendered%n", row, pages);
        }
    }

    @Override
    public void rowFinished(RowResult result, int finished, int total) {
        System.out.printf("[%d/%d %ds] %s%n", finished, total, (System.nanoTime() - started) / 1_000_000_000, result);
    }

    /** Prints the summary and, on stderr, the failed rows; returns the exit code: 0 when no row failed, 1 otherwise. */
    public int finish(ImportReport report) {
        System.out.println(report.summary());
        report.failures().forEach(System.err::println);
        return report.failures().isEmpty() ? 0 : 1;
    }
}
