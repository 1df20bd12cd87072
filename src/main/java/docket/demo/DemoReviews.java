package docket.demo;

import docket.catalog.CatalogQueries;
import docket.catalog.ImportReport;
import docket.catalog.PageSummary;
import docket.catalog.RowResult;
import docket.catalog.Slugs;
import docket.review.ReviewService;
import docket.web.Visitor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviews by a dozen made-up anonymous reviewers, so that a fresh demo already has tag lists,
 * leaderboards, tallies and an investigate queue to show. They go through the same review service
 * as a browser's, on the pages an import has just added, so running the demo again adds none.
 */
@Singleton
class DemoReviews {

    private static final long SEED = 20_241_122L;
    private static final int REVIEWERS = 12;

    private final ReviewService reviews;
    private final DemoQueries queries;
    private final CatalogQueries catalog;

    DemoReviews(ReviewService reviews, DemoQueries queries, CatalogQueries catalog) {
        this.reviews = reviews;
        this.queries = queries;
        this.catalog = catalog;
    }

    private record Candidate(long page, List<String> tags) {
    }

    /** Returns how many reviews were added. */
    int add(DemoCorpus corpus, ImportReport report) {
        Set<Long> imported = report.rows().stream().filter(r -> r.outcome() == RowResult.Outcome.IMPORTED)
                .map(RowResult::documentId).collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (DemoCorpus.Entry entry : corpus.entries()) {
            queries.documentId(Slugs.of(entry.member().name()), entry.document().fileName())
                    .filter(imported::contains)
                    .ifPresent(document -> {
                        List<PageSummary> pages = catalog.pagesOfDocument(document);
                        for (int i = 0; i < pages.size(); i++) {
                            candidates.add(new Candidate(pages.get(i).id(), entry.document().tags(pages.get(i).number() - 1)));
                        }
                    });
        }
        Random random = new Random(SEED);
        int added = 0;
        for (int r = 0; r < REVIEWERS; r++) {
            // A few busy reviewers and many occasional ones, as on any crowdsourcing site.
            int count = Math.min(candidates.size(), candidates.size() / (4 * (r + 1)) + 5);
            List<Candidate> sample = new ArrayList<>(candidates);
            Collections.shuffle(sample, random);
            Visitor visitor = new Visitor("demo-reviewer-" + r, null);
            for (Candidate candidate : sample.subList(0, count)) {
                boolean skip = random.nextInt(100) < 3;
                boolean interesting = !skip && random.nextInt(100) < 3;
                visitor = reviews.submit(candidate.page(), visitor, null,
                        new ReviewService.Verdict(skip ? List.of() : candidate.tags(), interesting, skip)).visitor();
                added++;
            }
        }
        return added;
    }
}
