package docket.demo;

import jakarta.inject.Singleton;

/** How far the automatic first-start demo load has got, for the home page. */
@Singleton
public class DemoStatus {

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

    void started() {
        loading = true;
    }

    void progress(int done, int total) {
        documentsDone = done;
        documentsTotal = total;
    }

    void finished() {
        loading = false;
    }
}
