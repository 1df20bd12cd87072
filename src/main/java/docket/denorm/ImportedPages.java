package docket.denorm;

import docket.assignment.ScopeQueries;
import docket.catalog.PagesAdded;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;

import java.util.List;

/** Adds freshly imported pages to the sets of every assignment whose scope holds them. */
@Singleton
class ImportedPages implements ApplicationEventListener<PagesAdded> {

    private final ScopeQueries scope;
    private final AssignmentSets sets;
    private final RedisGate redis;

    ImportedPages(ScopeQueries scope, AssignmentSets sets, RedisGate redis) {
        this.scope = scope;
        this.sets = sets;
        this.redis = redis;
    }

    @Override
    public void onApplicationEvent(PagesAdded event) {
        List<ScopeQueries.Containing> assignments = scope.assignmentsContainingDocument(event.documentId());
        if (assignments.isEmpty()) {
            return;
        }
        List<Long> pages = scope.pagesOfDocument(event.documentId());
        assignments.forEach(a -> redis.write(() -> sets.added(a.id(), pages)));
    }
}
