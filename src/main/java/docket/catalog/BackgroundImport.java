package docket.catalog;

import jakarta.inject.Singleton;

/**
 * How far the import that runs in the background as the server starts (the demo's first load) has
 * got, for the home page.
 */
@Singleton
public class BackgroundImport {

    private volatile boolean loading;
    private volatile int documentsDone;
    private volatile int documentsTotal;

    public boolean loading() {
        return loading;
    }

    public int documentsDone() {
        return documentsDone;
    }

    public int documentsTotal() {
        return documentsTotal;
    }

    public void started() {
        loading = true;
    }

    public void progress(int done, int total) {
        documentsDone = done;
        documentsTotal = total;
    }

    public void finished() {
        loading = false;
    }
}
