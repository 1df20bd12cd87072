package docket.editor;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.ScopeQueries;
import docket.catalog.CatalogQueries;
import docket.community.Leaderboards;
import docket.denorm.Denormalizer;
import docket.denorm.RedisGate;
import docket.denorm.TaggedPages;
import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.web.NotFound;
import docket.web.Problem;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Moderation: banning a reviewer (their reviews stop counting everywhere, and count again on
 * unban) and deleting duplicate pages or documents. MySQL changes first (with the tag lists'
 * counts); the Redis sets of every assignment touched are rebuilt from it in the same operation and
 * the leaderboards are recounted;
 * each action is audited.
 */
@Singleton
class ModerationDesk {

    private final ReviewerRepository reviewers;
    private final AssignmentRepository assignments;
    private final ScopeQueries scope;
    private final CatalogQueries catalog;
    private final ModerationQueries queries;
    private final Denormalizer denormalizer;
    private final RedisGate redis;
    private final Leaderboards leaderboards;
    private final TaggedPages taggedPages;
    private final Audit audit;
    private final EditorSessions sessions;

    ModerationDesk(ReviewerRepository reviewers, AssignmentRepository assignments, ScopeQueries scope, CatalogQueries catalog,
                   ModerationQueries queries, Denormalizer denormalizer, RedisGate redis, Leaderboards leaderboards,
                   TaggedPages taggedPages, Audit audit, EditorSessions sessions) {
        this.reviewers = reviewers;
        this.assignments = assignments;
        this.scope = scope;
        this.catalog = catalog;
        this.queries = queries;
        this.denormalizer = denormalizer;
        this.redis = redis;
        this.leaderboards = leaderboards;
        this.taggedPages = taggedPages;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * Returns the reviewer's name as stored, which may differ in case from the name asked for. A banned
     * editor is signed out everywhere at once; their API tokens stop working while the ban lasts.
     */
    String ban(String editor, String name, boolean banned) {
        Reviewer before = reviewers.findByName(name).orElseThrow(() -> NotFound.of("reviewer", name));
        if (banned && before.name().equals(editor)) {
            throw Problem.unprocessable("An editor cannot ban themselves.");
        }
        reviewers.setBannedAt(before.id(), banned ? Instant.now().truncatedTo(ChronoUnit.MICROS) : null);
        if (banned) {
            sessions.endAll(before.id());
        }
        taggedPages.recountTaggedBy(before.id());
        rebuild(scope.assignmentsReviewedBy(before.id()));
        audit.record(editor, banned ? "reviewer.ban" : "reviewer.unban", "reviewer", name,
                Map.of("banned", before.bannedAt() != null), Map.of("banned", banned));
        return before.name();
    }

    void deletePage(String editor, long pageId) {
        var page = catalog.page(pageId).orElseThrow(() -> NotFound.of("page", pageId));
        List<Long> touched = scope.assignmentsContaining(pageId).stream().map(ScopeQueries.Containing::id).toList();
        queries.deletePage(pageId);
        rebuild(touched);
        audit.record(editor, "page.delete", "page", String.valueOf(pageId),
                Map.of("document", page.documentTitle(), "number", page.number(), "member", page.memberName()), null);
    }

    void deleteDocument(String editor, long documentId) {
        var document = catalog.document(documentId).orElseThrow(() -> NotFound.of("document", documentId));
        List<Long> touched = scope.assignmentsContainingDocument(documentId).stream().map(ScopeQueries.Containing::id).toList();
        queries.deleteDocument(documentId);
        rebuild(touched);
        audit.record(editor, "document.delete", "document", String.valueOf(documentId),
                Map.of("title", document.title(), "file", document.sourceName(), "member", document.memberName()), null);
    }

    private void rebuild(List<Long> assignmentIds) {
        leaderboards.forgetAll();
        for (Assignment assignment : assignments.findByIdIn(assignmentIds)) {
            redis.write(() -> denormalizer.rebuild(assignment));
        }
    }
}
