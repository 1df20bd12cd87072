package docket.next;

import docket.denorm.LocalLeases;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The selection pipeline on its own, over an in-memory assignment with a seeded random source. */
class NextPageSelectorTest {

    private static final int THRESHOLD = 3;

    /**
     * An assignment's open pages, their reviews that count, a reviewer's seen pages, pages deleted
     * behind the sets' back, and leases that obey {@link LocalLeases#mayHold}.
     */
    static final class Assignment implements NextPageSelector.Candidates {
        final Random random = new Random(42);
        final Set<Long> open = new LinkedHashSet<>();
        final Map<Long, Integer> counted = new HashMap<>();
        final Set<Long> seen = new HashSet<>();
        final Set<Long> deleted = new HashSet<>();
        final Map<Long, Set<String>> holders = new HashMap<>();
        final List<Long> reported = new ArrayList<>();
        String holder = "me";

        Assignment(long pages) {
            for (long p = 1; p <= pages; p++) {
                open.add(p);
            }
        }

        /** Like SRANDMEMBER on the open set, then the seen check: may return fewer than {@code count}. */
        @Override
        public List<Long> sample(int count) {
            List<Long> all = new ArrayList<>(open);
            Collections.shuffle(all, random);
            return all.subList(0, Math.min(count, all.size())).stream().filter(p -> !seen.contains(p)).toList();
        }

        @Override
        public List<Long> sampleUnseen(int count) {
            List<Long> all = new ArrayList<>(open);
            Collections.shuffle(all, random);
            return all.stream().filter(p -> !seen.contains(p)).limit(count).toList();
        }

        @Override
        public int counted(long page) {
            return deleted.contains(page) ? NextPageSelector.UNAVAILABLE : counted.getOrDefault(page, 0);
        }

        @Override
        public void invalid(long page) {
            reported.add(page);
            open.remove(page);
        }

        @Override
        public boolean lease(long page, int counted, boolean share) {
            Set<String> held = holders.computeIfAbsent(page, p -> new HashSet<>());
            Set<String> others = new HashSet<>(held);
            others.remove(holder);
            if (held.contains(holder) || LocalLeases.mayHold(others.size(), counted, THRESHOLD, share)) {
                held.add(holder);
                return true;
            }
            return false;
        }
    }

    private final NextPageSelector selector = new NextPageSelector(16);

    @Test
    void nothingOpenIsNothingLeftNotAFallbackPage() {
        assertEquals(NextPage.NOTHING_LEFT, selector.next(new Assignment(0), THRESHOLD));
    }

    @Test
    void neverHandsOutAPageTheReviewerHasSeen() {
        Assignment assignment = new Assignment(1000);
        for (long p = 1; p <= 999; p++) {
            assignment.seen.add(p);
        }

        assertEquals(new NextPage.Page(1000), selector.next(assignment, THRESHOLD));
        assignment.seen.add(1000L);
        assertEquals(NextPage.NOTHING_LEFT, selector.next(assignment, THRESHOLD));
    }

    @Test
    void deletedPagesAreReportedAndNeverHandedOut() {
        Assignment assignment = new Assignment(20);
        for (long p = 1; p <= 19; p++) {
            assignment.deleted.add(p);
        }

        assertEquals(new NextPage.Page(20), selector.next(assignment, THRESHOLD));
        assertFalse(assignment.reported.isEmpty());
        assertTrue(assignment.reported.stream().allMatch(assignment.deleted::contains));
    }

    @Test
    void reviewersAskingOneAfterAnotherGetDifferentPagesWhileThereAreEnough() {
        Assignment assignment = new Assignment(10);
        Set<Long> handed = new HashSet<>();
        for (int reviewer = 0; reviewer < 10; reviewer++) {
            assignment.holder = "reviewer-" + reviewer;
            handed.add(((NextPage.Page) selector.next(assignment, THRESHOLD)).id());
        }

        assertEquals(10, handed.size());
    }

    @Test
    void aPageNeedingKMoreReviewsIsHeldByAtMostKReviewersAndTheRestAreToldItIsBeingReviewed() {
        // Three pages left: they need 3, 1 and 2 more reviews, six in all; twenty reviewers ask.
        Assignment assignment = new Assignment(3);
        assignment.counted.put(2L, 2);
        assignment.counted.put(3L, 1);
        Map<Long, Integer> handed = new HashMap<>();
        int told = 0;
        for (int reviewer = 0; reviewer < 20; reviewer++) {
            assignment.holder = "reviewer-" + reviewer;
            NextPage picked = selector.next(assignment, THRESHOLD);
            if (picked instanceof NextPage.Page page) {
                handed.merge(page.id(), 1, Integer::sum);
            } else {
                assertEquals(NextPage.ALL_HELD, picked);
                told++;
            }
        }

        assertEquals(Map.of(1L, 3, 2L, 1, 3L, 2), handed);
        assertEquals(14, told);
    }

    @Test
    void aHolderKeepsItsPageWhenItAsksAgain() {
        Assignment assignment = new Assignment(1);
        assignment.counted.put(1L, THRESHOLD - 1);
        assignment.holder = "first";
        assertEquals(new NextPage.Page(1), selector.next(assignment, THRESHOLD));

        assignment.holder = "second";
        assertEquals(NextPage.ALL_HELD, selector.next(assignment, THRESHOLD));
        assignment.holder = "first";
        assertEquals(new NextPage.Page(1), selector.next(assignment, THRESHOLD));
    }

    @Test
    void aPageThatReachedItsThresholdIsNeitherHandedOutNorReportedAsHeld() {
        Assignment assignment = new Assignment(1);
        assignment.counted.put(1L, THRESHOLD);

        assertEquals(NextPage.NOTHING_LEFT, selector.next(assignment, THRESHOLD));
    }

    @Test
    void theRuleLetsInOneHolderWhileOthersAreFreeAndFewerThanTheReviewsStillNeededWhenShared() {
        assertTrue(LocalLeases.mayHold(0, 0, 3, false));
        assertFalse(LocalLeases.mayHold(1, 0, 3, false));
        assertTrue(LocalLeases.mayHold(1, 1, 3, true));
        assertFalse(LocalLeases.mayHold(2, 1, 3, true));
        assertFalse(LocalLeases.mayHold(0, 3, 3, true));
        assertFalse(LocalLeases.mayHold(0, 3, 3, false));
    }
}
