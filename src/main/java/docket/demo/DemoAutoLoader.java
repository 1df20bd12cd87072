package docket.demo;

import docket.catalog.BackgroundImport;
import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.catalog.RowResult;
import docket.editor.Editors;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start with the embedded database, loads the demo in the background so that a
 * newcomer sees Docket at once and the corpus fills in while they look around.
 */
@Singleton
@Requires(property = "docket.demo.auto", value = "true")
@Requires(property = "docket.embedded.database", value = "true")
@Requires(notEnv = Environment.TEST)
class DemoAutoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAutoLoader.class);

    private final DemoLoader demo;
    private final BackgroundImport status;
    private final Editors editors;

    DemoAutoLoader(DemoLoader demo, BackgroundImport status, Editors editors) {
        this.demo = demo;
        this.status = status;
        this.editors = editors;
    }

    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void onStartup(ServerStartupEvent event) {
        if (demo.loaded()) {
            return;
        }
        LOG.info("First start on an empty embedded database: loading the demo corpus (set DOCKET_DEMO_AUTO=false to skip)");
        status.started();
        long started = System.nanoTime();
        try {
            ImportReport report = demo.load(new ImportProgress() {
                @Override
                public void rowFinished(RowResult result, int finished, int total) {
                    status.progress(finished, total);
                    if (finished % 25 == 0 || finished == total) {
                        LOG.info("Demo corpus: {} of {} documents imported", finished, total);
                    }
                }
            });
            LOG.info("Demo corpus loaded in {} s: {}", (System.nanoTime() - started) / 1_000_000_000, report.summary());
            editors.firstEditor().ifPresent(password -> LOG.info(
                    "Try the editor desk: sign in at http://localhost:{}/login as editor with the password {}",
                    event.getSource().getPort(), password));
        } catch (Exception e) {
            LOG.error("The demo corpus could not be loaded; run tools/demo to see why", e);
        } finally {
            status.finished();
        }
    }
}
