package docket.editor;

import docket.assignment.ScopeQueries;
import docket.catalog.CatalogQueries;
import docket.events.PagesDeleted;
import docket.events.ReviewerBanned;
import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.web.NotFound;
import docket.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Moderation: banning a reviewer (their reviews stop counting everywhere, and count again on unban)
 * and deleting duplicate pages or documents. Each is one transaction with its audit entry, and
 * publishes what changed for the copies to follow.
 */
@Singleton
class ModerationDesk {

    private final ReviewerRepository reviewers;
    private final ScopeQueries scope;
    private final CatalogQueries catalog;
    private final ModerationQueries queries;
    private final ApplicationEventPublisher<ReviewerBanned> bans;
    private final ApplicationEventPublisher<PagesDeleted> deletions;
    private final Audit audit;
    private final EditorSessions sessions;

    ModerationDesk(ReviewerRepository reviewers, ScopeQueries scope, CatalogQueries catalog, ModerationQueries queries,
                   ApplicationEventPublisher<ReviewerBanned> bans, ApplicationEventPublisher<PagesDeleted> deletions,
                   Audit audit, EditorSessions sessions) {
        this.reviewers = reviewers;
        this.scope = scope;
        this.catalog = catalog;
        this.queries = queries;
        this.bans = bans;
        this.deletions = deletions;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * Returns the reviewer's name as stored, which may differ in case from the name asked for. A banned
     * editor is signed out everywhere at once; their API tokens stop working while the ban lasts.
     */
    @Transactional
    String ban(String editor, String name, boolean banned) {
        Reviewer before = reviewers.findByName(name).orElseThrow(() -> NotFound.of("reviewer", name));
        if (banned && before.name().equals(editor)) {
            throw Problem.unprocessable("An editor cannot ban themselves.");
        }
        reviewers.setBannedAt(before.id(), banned ? Instant.now().truncatedTo(ChronoUnit.MICROS) : null);
        if (banned) {
            sessions.endAll(before.id());
        }
        bans.publishEvent(new ReviewerBanned(before.id(), banned));
        audit.record(editor, banned ? "reviewer.ban" : "reviewer.unban", "reviewer", name,
                Map.of("banned", before.bannedAt() != null), Map.of("banned", banned));
        return before.name();
    }

    @Transactional
    void deletePage(String editor, long pageId) {
        var page = catalog.page(pageId).orElseThrow(() -> NotFound.of("page", pageId));
        List<Long> touched = scope.assignmentsContaining(pageId).stream().map(ScopeQueries.Containing::id).toList();
        queries.deletePage(pageId);
        deletions.publishEvent(new PagesDeleted(touched));
        audit.record(editor, "page.delete", "page", String.valueOf(pageId),
                Map.of("document", page.documentTitle(), "number", page.number(), "member", page.memberName()), null);
    }

    @Transactional
    void deleteDocument(String editor, long documentId) {
        var document = catalog.document(documentId).orElseThrow(() -> NotFound.of("document", documentId));
        List<Long> touched = scope.assignmentsContainingDocument(documentId).stream().map(ScopeQueries.Containing::id).toList();
        queries.deleteDocument(documentId);
        deletions.publishEvent(new PagesDeleted(touched));
        audit.record(editor, "document.delete", "document", String.valueOf(documentId),
                Map.of("title", document.title(), "file", document.sourceName(), "member", document.memberName()), null);
    }
}
