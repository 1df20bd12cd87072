package docket.next;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the page to hand out: random open candidates, minus those the reviewer has seen; each is
 * checked against MySQL (a page that no longer exists, or that the reviewer reviewed behind Redis's
 * back, is reported and the next candidate tried), which also tells how many reviews it still needs.
 * The first one nobody else holds is leased; when sampling finds none, the exact "open minus seen" is
 * asked for once. Only when every candidate is held (more reviewers than pages) is one shared, and
 * never beyond what it needs: a page that needs k more reviews is held by at most k reviewers. When
 * every page left is held that fully the answer is "all held", and a later click may find one freed.
 * Nothing left is an empty answer, never a fixed fallback page.
 */
final class NextPageSelector {

    /** What {@link Candidates#counted} answers for a page that no longer exists or that the reviewer has reviewed. */
    static final int UNAVAILABLE = -1;

    /** Where candidates come from and how they are checked; Redis in production, MySQL as fallback. */
    interface Candidates {

        /** Random open pages the reviewer has not reviewed or skipped, at most {@code count}, without repeats. */
        List<Long> sample(int count);

        /** Random pages from the exact set of open pages the reviewer has not seen. */
        List<Long> sampleUnseen(int count);

        /**
         * The page's reviews that count, according to MySQL (one indexed lookup), or {@link #UNAVAILABLE}
         * when the page no longer exists or the reviewer has reviewed it.
         */
        int counted(long page);

        /** A page that turned out not to exist or to be reviewed already: the sets are corrected. */
        void invalid(long page);

        /**
         * Holds the page for this reviewer for a short while if {@code LocalLeases.mayHold} allows it: {@code counted}
         * is MySQL's count (the lease may know a newer one), {@code share} whether others may hold it too.
         */
        boolean lease(long page, int counted, boolean share);
    }

    private final int sampleSize;

    NextPageSelector(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    NextPage next(Candidates candidates, int threshold) {
        Map<Long, Integer> held = new LinkedHashMap<>();
        Optional<NextPage> free = firstFree(candidates, candidates.sample(sampleSize), threshold, held);
        if (free.isEmpty()) {
            free = firstFree(candidates, candidates.sampleUnseen(sampleSize), threshold, held);
        }
        if (free.isPresent()) {
            return free.get();
        }
        for (var page : held.entrySet()) {
            if (candidates.lease(page.getKey(), page.getValue(), true)) {
                return new NextPage.Page(page.getKey());
            }
        }
        return held.isEmpty() ? NextPage.NOTHING_LEFT : NextPage.ALL_HELD;
    }

    /** The first candidate nobody else holds, leased; the held ones are noted with their counts. */
    private static Optional<NextPage> firstFree(Candidates candidates, List<Long> pages, int threshold, Map<Long, Integer> held) {
        for (long page : pages) {
            int counted = held.containsKey(page) ? held.get(page) : candidates.counted(page);
            if (counted == UNAVAILABLE) {
                candidates.invalid(page);
            } else if (counted < threshold) {
                if (candidates.lease(page, counted, false)) {
                    return Optional.of(new NextPage.Page(page));
                }
                held.put(page, counted);
            }
        }
        return Optional.empty();
    }
}
