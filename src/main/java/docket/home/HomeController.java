package docket.home;

import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentWithProgress;
import docket.catalog.BackgroundImport;
import docket.catalog.CatalogQueries;
import docket.catalog.CorpusCounts;
import docket.community.DiscoveryRepository;
import docket.community.DiscoveryView;
import docket.community.Leader;
import docket.community.Leaderboards;
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
    private final BackgroundImport backgroundImport;
    private final DiscoveryRepository discoveries;
    private final Leaderboards leaderboards;

    HomeController(CatalogQueries catalog, AssignmentRepository assignments, TagRepository tags, NextPageService next,
                   BackgroundImport backgroundImport, DiscoveryRepository discoveries, Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
        this.backgroundImport = backgroundImport;
        this.discoveries = discoveries;
        this.catalog = catalog;
        this.assignments = assignments;
        this.tags = tags;
        this.next = next;
    }

    @Introspected
    record HomeView(CorpusCounts counts, List<AssignmentWithProgress> featured, List<Leader> mainLeaders,
                    List<DiscoveryView> discoveries, List<Leader> recentLeaders, List<Tag> tags,
                    BackgroundImport backgroundImport) {
    }

    @View("home")
    @Get
    HomeView home() {
        List<AssignmentWithProgress> featured = assignments.findFeatured().stream()
                .map(a -> new AssignmentWithProgress(a, next.progress(a)))
                .toList();
        List<Leader> mainLeaders = featured.isEmpty() ? List.of()
                : leaderboards.ofAssignment(featured.get(0).assignment().id());
        return new HomeView(catalog.counts(), featured, mainLeaders, discoveries.latest(6), leaderboards.recent(),
                tags.findByActiveTrueOrderByPosition(), backgroundImport);
    }
}
