package docket.web;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.catalog.CatalogQueries;
import docket.catalog.CorpusCounts;
import docket.tag.Tag;
import docket.tag.TagRepository;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    private final CatalogQueries catalog;
    private final AssignmentRepository assignments;
    private final TagRepository tags;

    HomeController(CatalogQueries catalog, AssignmentRepository assignments, TagRepository tags) {
        this.catalog = catalog;
        this.assignments = assignments;
        this.tags = tags;
    }

    /** A featured assignment with the number of pages in its scope. */
    public record FeaturedAssignment(String slug, String title, String description, int threshold, long pages) {
    }

    @Introspected
    record HomeView(CorpusCounts counts, List<FeaturedAssignment> featured, List<Tag> tags) {
    }

    @View("home")
    @Get
    HomeView home() {
        List<FeaturedAssignment> featured = assignments.findFeatured().stream()
                .map(this::withPageCount)
                .toList();
        return new HomeView(catalog.counts(), featured, tags.findByActiveTrueOrderByPosition());
    }

    private FeaturedAssignment withPageCount(Assignment a) {
        return new FeaturedAssignment(a.slug(), a.title(), a.description(), a.threshold(), assignments.countPagesInScope(a.id()));
    }
}
