package docket.web;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.AssignmentRepository;
import docket.catalog.CatalogQueries;
import docket.catalog.CorpusCounts;
import docket.community.DiscoveryRepository;
import docket.community.DiscoveryView;
import docket.community.Leader;
import docket.community.Leaderboards;
import docket.demo.DemoStatus;
import docket.next.NextPageService;
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
    private final NextPageService next;
    private final DemoStatus demo;
    private final DiscoveryRepository discoveries;
    private final Leaderboards leaderboards;

    HomeController(CatalogQueries catalog, AssignmentRepository assignments, TagRepository tags, NextPageService next,
                   DemoStatus demo, DiscoveryRepository discoveries, Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
        this.demo = demo;
        this.discoveries = discoveries;
        this.catalog = catalog;
        this.assignments = assignments;
        this.tags = tags;
        this.next = next;
    }

    /** A featured assignment with its progress and its top reviewers. */
    public record FeaturedAssignment(Assignment assignment, AssignmentProgress progress, List<Leader> leaders) {
    }

    @Introspected
    record HomeView(CorpusCounts counts, List<FeaturedAssignment> featured, List<DiscoveryView> discoveries,
                    List<Leader> recentLeaders, List<Tag> tags, DemoStatus demo) {
    }

    @View("home")
    @Get
    HomeView home() {
        List<FeaturedAssignment> featured = assignments.findFeatured().stream()
                .map(this::withProgress)
                .toList();
        return new HomeView(catalog.counts(), featured, discoveries.latest(6), leaderboards.recent(),
                tags.findByActiveTrueOrderByPosition(), demo);
    }

    private FeaturedAssignment withProgress(Assignment a) {
        return new FeaturedAssignment(a, next.progress(a), leaderboards.ofAssignment(a.id()));
    }
}
