package docket.demo;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.catalog.CatalogQueries;
import docket.catalog.ImportFailure;
import docket.catalog.ImportProgress;
import docket.catalog.ImportReport;
import docket.catalog.Importer;
import docket.catalog.PartySummary;
import docket.events.AssignmentChanged;
import docket.tag.Tag;
import docket.tag.TagRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the demo: the generated corpus through the same import pipeline as {@code tools/import},
 * the default tag set, one featured assignment and some reviews. Running it again adds nothing.
 */
@Singleton
public class DemoLoader {

    static final List<Tag> DEFAULT_TAGS = List.of(
            new Tag(null, "receipt", "Receipt", "A till receipt, invoice or bill.", 1, true),
            new Tag(null, "claim-form", "Claim form", "A filled-in expenses claim form.", 2, true),
            new Tag(null, "letter", "Letter", "A letter or note, typed or hand-written.", 3, true),
            new Tag(null, "travel", "Travel", "Trains, flights, taxis, mileage or hotels.", 4, true),
            new Tag(null, "food-and-drink", "Food and drink", "Meals, groceries, restaurants and bars.", 5, true),
            new Tag(null, "household", "Household", "Furniture, repairs, cleaning, gardening: the costs of a home.", 6, true));

    private final Importer importer;
    private final TagRepository tags;
    private final AssignmentRepository assignments;
    private final CatalogQueries catalog;
    private final ApplicationEventPublisher<AssignmentChanged> events;
    private final DemoReviews reviews;
    private final Path dir;

    DemoLoader(Importer importer, TagRepository tags, AssignmentRepository assignments, CatalogQueries catalog,
               ApplicationEventPublisher<AssignmentChanged> events, DemoReviews reviews, @Value("${docket.data-dir}") Path dataDir) {
        this.importer = importer;
        this.tags = tags;
        this.assignments = assignments;
        this.catalog = catalog;
        this.events = events;
        this.reviews = reviews;
        this.dir = dataDir.resolve("demo");
    }

    /** Whether the demo was loaded completely into this data directory before. */
    public boolean loaded() {
        return Files.exists(marker());
    }

    public ImportReport load(ImportProgress progress) throws ImportFailure, IOException {
        return load(DemoCorpus.standard(), progress);
    }

    ImportReport load(DemoCorpus corpus, ImportProgress progress) throws ImportFailure, IOException {
        Path manifest = corpus.write(dir);
        ImportReport report = importer.importManifest(manifest, progress);
        DEFAULT_TAGS.stream().filter(t -> tags.findBySlug(t.slug()).isEmpty()).forEach(tags::save);
        addFeaturedAssignment();
        reviews.add(corpus, report);
        if (report.failures().isEmpty()) {
            Files.writeString(marker(), report.summary() + "\n");
        }
        return report;
    }

    // The largest party makes the first assignment: enough pages for many reviewers at once.
    private void addFeaturedAssignment() {
        catalog.parties().stream().max(Comparator.comparingLong(PartySummary::pages))
                .filter(party -> assignments.findBySlug(slugFor(party)).isEmpty())
                .ifPresent(this::addAssignment);
    }

    @Transactional
    void addAssignment(PartySummary party) {
        Assignment assignment = assignments.save(new Assignment(null, slugFor(party),
                "Check the claims of the " + party.name(),
                "Tag what each page shows, and flag anything that deserves a closer look: luxury items, "
                        + "a second home, the same receipt claimed twice.",
                3, AssignmentState.OPEN, Featuring.MAIN, 0));
        assignments.addParty(assignment.id(), party.id());
        events.publishEvent(new AssignmentChanged(assignment.id()));
    }

    private static String slugFor(PartySummary party) {
        return "claims-of-the-" + party.slug();
    }

    private Path marker() {
        return dir.resolve("loaded.txt");
    }
}
