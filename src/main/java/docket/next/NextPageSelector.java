package docket.next;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the page to hand out: random open candidates, minus those the reviewer has seen; the first
 * one nobody else holds is leased and checked against MySQL (a page that no longer exists, or that
 * the reviewer reviewed behind Redis's back, is reported and the next candidate tried). When
 * sampling finds nothing, the exact "open minus seen" is asked for once. If every remaining page is
 * held by someone else there are more reviewers than pages, and sharing one is better than nothing.
 * Nothing left is an empty answer, never a fixed fallback page.
 */
final class NextPageSelector {

    /** Where candidates come from and how they are checked; Redis in production, MySQL as fallback. */
    interface Candidates {

        /** Random open pages the reviewer has not reviewed or skipped, at most {@code count}, without repeats. */
        List<Long> sample(int count);

        /** Random pages from the exact set of open pages the reviewer has not seen. */
        List<Long> sampleUnseen(int count);

        /** Whether the page still exists and the reviewer has not reviewed it, according to MySQL. */
        boolean valid(long page);

        /** A page that turned out not to exist or to be reviewed already: the sets are corrected. */
        void invalid(long page);

        /** Holds the page for this reviewer for a short while; false if someone else holds it. */
        boolean lease(long page);
    }

    private final int sampleSize;

    NextPageSelector(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    Optional<Long> next(Candidates candidates) {
        List<Long> unseen = candidates.sample(sampleSize);
        Optional<Long> free = firstFree(candidates, unseen);
        if (free.isPresent()) {
            return free;
        }
        List<Long> exact = candidates.sampleUnseen(sampleSize);
        free = firstFree(candidates, exact);
        if (free.isPresent()) {
            return free;
        }
        List<Long> held = new ArrayList<>(unseen);
        held.addAll(exact);
        return held.stream().filter(candidates::valid).findFirst();
    }

    private static Optional<Long> firstFree(Candidates candidates, List<Long> pages) {
        for (long page : pages) {
            if (candidates.lease(page)) {
                if (candidates.valid(page)) {
                    return Optional.of(page);
                }
                candidates.invalid(page);
            }
        }
        return Optional.empty();
    }
}
