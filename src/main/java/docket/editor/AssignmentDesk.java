package docket.editor;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.catalog.CatalogQueries;
import docket.catalog.Party;
import docket.events.AssignmentChanged;
import docket.web.NotFound;
import docket.web.Problem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Editors' assignments: create and change them, their scope, threshold, state and featuring. Every
 * change is published for the copies to follow (they are up to date when it returns), and is audited.
 */
@Singleton
class AssignmentDesk {

    private final AssignmentRepository assignments;
    private final CatalogQueries catalog;
    private final ApplicationEventPublisher<AssignmentChanged> events;
    private final Audit audit;

    AssignmentDesk(AssignmentRepository assignments, CatalogQueries catalog, ApplicationEventPublisher<AssignmentChanged> events,
                   Audit audit) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.events = events;
        this.audit = audit;
    }

    /** Any union of parties and members (by slug) and documents (by id). */
    @Serdeable
    record Scope(@Nullable List<String> parties, @Nullable List<String> members, @Nullable List<Long> documents) {

        List<String> partySlugs() {
            return parties == null ? List.of() : parties;
        }

        List<String> memberSlugs() {
            return members == null ? List.of() : members;
        }

        List<Long> documentIds() {
            return documents == null ? List.of() : documents;
        }
    }

    /** A new assignment, or the fields to change (absent fields stay as they are). */
    @Serdeable
    record Request(@Nullable String slug, @Nullable String title, @Nullable String description, @Nullable Integer threshold,
                   @Nullable AssignmentState state, @Nullable Featuring featured, @Nullable Integer featurePosition,
                   @Nullable Scope scope) {
    }

    /** An assignment as editors see it, with its scope. */
    @Serdeable
    record Detail(Assignment assignment, Scope scope) {
    }

    Detail create(String editor, Request request) {
        String slug = request.slug() == null ? "" : request.slug().trim();
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,119}")) {
            throw Problem.unprocessable("An assignment's slug is lower-case letters, digits and dashes, like \"claims-2024\".");
        }
        if (assignments.findBySlug(slug).isPresent()) {
            throw Problem.conflict("There is already an assignment " + slug + ".");
        }
        Detail created = save(new Assignment(null, slug, "", "", 1, AssignmentState.DRAFT, Featuring.NONE, 0), request);
        audit.record(editor, "assignment.create", "assignment", slug, null, created);
        return created;
    }

    Detail change(String editor, String slug, Request request) {
        Assignment existing = assignments.findBySlug(slug).orElseThrow(() -> NotFound.of("assignment", slug));
        Detail before = detail(existing);
        Detail after = save(existing, request);
        audit.record(editor, "assignment.update", "assignment", slug, before, after);
        return after;
    }

    List<Detail> all() {
        return assignments.findAll().stream().map(this::detail).toList();
    }

    private Detail detail(Assignment assignment) {
        return new Detail(assignment, new Scope(assignments.partySlugs(assignment.id()),
                assignments.memberSlugs(assignment.id()), assignments.documentIds(assignment.id())));
    }

    @Transactional
    Detail write(Assignment merged, @Nullable Scope scope) {
        Assignment saved = merged.id() == null ? assignments.save(merged) : assignments.update(merged);
        if (saved.featured() == Featuring.MAIN) {
            assignments.demoteOtherMain(saved.id());
        }
        if (scope != null) {
            assignments.clearParties(saved.id());
            assignments.clearMembers(saved.id());
            assignments.clearDocuments(saved.id());
            for (String party : scope.partySlugs()) {
                assignments.addParty(saved.id(), catalog.findBySlug(party).map(Party::id)
                        .orElseThrow(() -> Problem.unprocessable("There is no party " + party + ".")));
            }
            for (String member : scope.memberSlugs()) {
                assignments.addMember(saved.id(), catalog.memberId(member)
                        .orElseThrow(() -> Problem.unprocessable("There is no member " + member + ".")));
            }
            for (long document : scope.documentIds()) {
                catalog.document(document).orElseThrow(() -> Problem.unprocessable("There is no document " + document + "."));
                assignments.addDocument(saved.id(), document);
            }
        }
        events.publishEvent(new AssignmentChanged(saved.id()));
        return detail(saved);
    }

    private Detail save(Assignment current, Request request) {
        Assignment merged = new Assignment(current.id(), current.slug(),
                request.title() == null ? current.title() : request.title().trim(),
                request.description() == null ? current.description() : request.description().trim(),
                request.threshold() == null ? current.threshold() : request.threshold(),
                request.state() == null ? current.state() : request.state(),
                request.featured() == null ? current.featured() : request.featured(),
                request.featurePosition() == null ? current.featurePosition() : request.featurePosition());
        validate(merged);
        return write(merged, request.scope());
    }

    private static void validate(Assignment assignment) {
        if (assignment.title().isEmpty() || assignment.title().length() > 200) {
            throw Problem.unprocessable("An assignment needs a title of at most 200 characters.");
        }
        if (assignment.threshold() < 1 || assignment.threshold() > 100) {
            throw Problem.unprocessable("The threshold is how many people review each page: 1 to 100.");
        }
    }
}
