package docket.next;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the page to hand out: random open candidates, minus those the reviewer has seen, minus
 * those that no longer exist (reported as stale), then the first one nobody else holds. When
 * sampling finds nothing, the exact "open minus seen" is asked for once. If every remaining page is
 * held by someone else there are more reviewers than pages, and sharing one is better than nothing.
 * Nothing left is an empty answer, never a fixed fallback page.
 */
final class NextPageSelector {

    /** Where candidates come from and how they are checked; Redis in production, MySQL as fallback. */
    interface Candidates {

        /** Random open pages, at most {@code count}, without repeats. */
        List<Long> sample(int count);

        /** The given pages without those the reviewer has reviewed or skipped, in order. */
        List<Long> unseen(List<Long> pages);

        /** Random pages from the exact set of open pages the reviewer has not seen. */
        List<Long> sampleUnseen(int count);

        /** The given pages that still exist and that the reviewer has not reviewed, according to MySQL. */
        List<Long> valid(List<Long> pages);

        /** Pages that turned out not to exist or to be reviewed already: the sets are corrected. */
        void invalid(List<Long> pages);

        /** Holds the page for this reviewer for a short while; false if someone else holds it. */
        boolean lease(long page);
    }

    private final int sampleSize;

    NextPageSelector(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    Optional<Long> next(Candidates candidates) {
        List<Long> sampled = candidates.sample(sampleSize);
        if (sampled.isEmpty()) {
            return Optional.empty();
        }
        List<Long> valid = check(candidates, candidates.unseen(sampled));
        Optional<Long> free = firstLeased(candidates, valid);
        if (free.isPresent()) {
            return free;
        }
        List<Long> exact = check(candidates, candidates.sampleUnseen(sampleSize));
        free = firstLeased(candidates, exact);
        if (free.isPresent()) {
            return free;
        }
        List<Long> shared = new ArrayList<>(valid);
        shared.addAll(exact);
        return shared.stream().findFirst();
    }

    private static List<Long> check(Candidates candidates, List<Long> pages) {
        if (pages.isEmpty()) {
            return pages;
        }
        List<Long> valid = candidates.valid(pages);
        if (valid.size() < pages.size()) {
            candidates.invalid(pages.stream().filter(p -> !valid.contains(p)).toList());
        }
        return valid;
    }

    private static Optional<Long> firstLeased(Candidates candidates, List<Long> pages) {
        return pages.stream().filter(candidates::lease).findFirst();
    }
}
