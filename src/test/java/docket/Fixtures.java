package docket;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.catalog.CatalogQueries;
import docket.catalog.DocumentSummary;
import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.catalog.Importer;
import docket.catalog.PageSummary;
import docket.catalog.Slugs;
import docket.catalog.TestCorpus;
import docket.denorm.Denormalizer;
import docket.denorm.Drift;
import docket.editor.Editors;
import docket.review.ReviewerRepository;
import docket.tag.Tag;
import docket.tag.TagRepository;
import docket.events.AssignmentChanged;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds what a test needs through the application's own code: imported pages, tags, assignments. */
@Singleton
public class Fixtures {

    private final Importer importer;
    private final CatalogQueries catalog;
    private final AssignmentRepository assignments;
    private final TagRepository tags;
    private final Editors editors;
    private final Denormalizer denormalizer;
    private final ReviewerRepository reviewers;
    private final Path dataDir;
    private final ApplicationEventPublisher<AssignmentChanged> assignmentEvents;
    private final String databaseUrl;
    private final String databaseUser;
    private final String databasePassword;
    private final List<Long> made = new CopyOnWriteArrayList<>();

    Fixtures(Importer importer, CatalogQueries catalog, AssignmentRepository assignments, TagRepository tags, Editors editors,
             Denormalizer denormalizer, ReviewerRepository reviewers, @Value("${docket.data-dir}") Path dataDir,
             ApplicationEventPublisher<AssignmentChanged> assignmentEvents, @Value("${datasources.default.url}") String databaseUrl,
             @Value("${datasources.default.username}") String databaseUser, @Value("${datasources.default.password:}") String databasePassword) {
        this.assignmentEvents = assignmentEvents;
        this.databaseUrl = databaseUrl;
        this.databaseUser = databaseUser;
        this.databasePassword = databasePassword;
        this.dataDir = dataDir;
        this.denormalizer = denormalizer;
        this.reviewers = reviewers;
        this.importer = importer;
        this.catalog = catalog;
        this.assignments = assignments;
        this.tags = tags;
        this.editors = editors;
    }

    /** A connection of its own to the application's database, outside its pool and transactions: what an operator's SQL sees. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }

    /** The password of every editor these fixtures make. */
    public static final String EDITOR_PASSWORD = "a long editor password";

    /** A new editor account; returns its name. */
    public String editor() {
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        editors.save(name, EDITOR_PASSWORD);
        return name;
    }

    /** A member of their own with one document of the given number of pages. */
    public record Member(String name, String slug, long id, List<Long> pages) {
    }

    public Member memberWithPages(int pages) throws Exception {
        return importFor("Fixture Party", "Member " + UUID.randomUUID(), pages);
    }

    /** A member of the named party (made if new), with one document of the given number of pages. */
    public Member memberOfParty(String party, int pages) throws Exception {
        return importFor(party, "Member " + UUID.randomUUID(), pages);
    }

    /** Imports another document of the member; returns the member with all their pages. */
    public Member morePages(Member member, int pages) throws Exception {
        return importFor("Fixture Party", member.name(), pages);
    }

    /** A member with a document of one page, all three named as given (e.g. to try hostile names). */
    public Member named(String party, String name, String document) throws Exception {
        return importFor(party, name, document, 1);
    }

    private Member importFor(String party, String name, int pages) throws Exception {
        return importFor(party, name, "Claim " + UUID.randomUUID(), pages);
    }

    private Member importFor(String party, String name, String title, int pages) throws Exception {
        // The test data directory starts afresh on every run, so the files do not pile up as they would in /tmp.
        Path dir = Files.createTempDirectory(Files.createDirectories(dataDir), "fixture");
        TestCorpus files = new TestCorpus(dir);
        files.pdf("claim.pdf", pages);
        ImportReport report = importer.importManifest(files.manifest("manifest.csv",
                List.of(List.of(party, name, title, "claim.pdf"))), ImportProgress.SILENT);
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(report.failures().toString());
        }
        String slug = Slugs.of(name);
        List<Long> ids = new ArrayList<>();
        for (DocumentSummary document : catalog.documentsOfMember(slug)) {
            catalog.pagesOfDocument(document.id()).stream().map(PageSummary::id).forEach(ids::add);
        }
        return new Member(name, slug, catalog.memberId(slug).orElseThrow(), ids);
    }

    /** An open assignment over the given members. */
    /** An open assignment over the members' pages, made as the desk makes one: in a transaction that publishes it. */
    @Transactional
    public Assignment assignment(int threshold, Member... members) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Assignment assignment = assignments.save(new Assignment(null, slug, "Assignment " + slug, "A test assignment.",
                threshold, AssignmentState.OPEN, Featuring.NONE, 0));
        for (Member member : members) {
            assignments.addMember(assignment.id(), member.id());
        }
        assignmentEvents.publishEvent(new AssignmentChanged(assignment.id()));
        made.add(assignment.id());
        return assignment;
    }

    /** Fails unless every family of the assignment agrees with MySQL, as {@code tools/verify} would. */
    public void assertNoDrift(Assignment assignment) {
        Map<String, Drift> drift = denormalizer.verify(List.of(assignment));
        assertTrue(drift.values().stream().allMatch(Drift::clean), "drift: " + drift);
    }

    /**
     * Fails unless every assignment these fixtures made, and that still exists, agrees with MySQL: the check
     * a test class runs after each of its scenarios.
     */
    public void assertNoDriftInWhatWasMade() throws InterruptedException {
        awaitNoDrift(assignments.findByIdIn(made));
    }

    /** Fails unless the assignments agree with MySQL within ten seconds: background rebuilds and healing may be at work. */
    public void awaitNoDrift(List<Assignment> which) throws InterruptedException {
        Map<String, Drift> drift = denormalizer.verify(which);
        for (int i = 0; i < 100 && !drift.values().stream().allMatch(Drift::clean); i++) {
            Thread.sleep(100);
            drift = denormalizer.verify(which);
        }
        assertTrue(drift.values().stream().allMatch(Drift::clean), "drift: " + drift);
    }

    /** The reviewer most recently created by a first review. */
    public String newestAnonymousReviewer() {
        return reviewers.findAll().stream().filter(r -> r.name().startsWith("anon-"))
                .max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow().name();
    }

    /** An active tag of its own. */
    public Tag tag() {
        return tag(true);
    }

    public Tag retiredTag() {
        return tag(false);
    }

    private Tag tag(boolean active) {
        String slug = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        return tags.save(new Tag(null, slug, "Tag " + slug, "A test tag.", 100, active));
    }
}
