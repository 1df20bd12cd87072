package docket.next;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The selection pipeline on its own, over an in-memory assignment with a seeded random source. */
class NextPageSelectorTest {

    /** An assignment's open pages, a reviewer's seen pages, pages deleted behind the sets' back, and leases. */
    static final class Assignment implements NextPageSelector.Candidates {
        final Random random = new Random(42);
        final Set<Long> open = new LinkedHashSet<>();
        final Set<Long> seen = new HashSet<>();
        final Set<Long> deleted = new HashSet<>();
        final Map<Long, String> leases = new HashMap<>();
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
        public boolean valid(long page) {
            return !deleted.contains(page);
        }

        @Override
        public void invalid(long page) {
            reported.add(page);
            open.remove(page);
        }

        @Override
        public boolean lease(long page) {
            return leases.computeIfAbsent(page, p -> holder).equals(holder);
        }
    }

    private final NextPageSelector selector = new NextPageSelector(16);

    @Test
    void nothingOpenIsAnEmptyAnswerNotAFallbackPage() {
        assertEquals(Optional.empty(), selector.next(new Assignment(0)));
    }

    @Test
    void neverHandsOutAPageTheReviewerHasSeen() {
        Assignment assignment = new Assignment(1000);
        for (long p = 1; p <= 999; p++) {
            assignment.seen.add(p);
        }

        assertEquals(Optional.of(1000L), selector.next(assignment));
        assignment.seen.add(1000L);
        assertEquals(Optional.empty(), selector.next(assignment));
    }

    @Test
    void deletedPagesAreReportedAndNeverHandedOut() {
        Assignment assignment = new Assignment(20);
        for (long p = 1; p <= 19; p++) {
            assignment.deleted.add(p);
        }

        assertEquals(Optional.of(20L), selector.next(assignment));
        assertFalse(assignment.reported.isEmpty());
        assertTrue(assignment.reported.stream().allMatch(assignment.deleted::contains));
    }

    @Test
    void reviewersAskingOneAfterAnotherGetDifferentPagesWhileThereAreEnough() {
        Assignment assignment = new Assignment(10);
        Set<Long> handed = new HashSet<>();
        for (int reviewer = 0; reviewer < 10; reviewer++) {
            assignment.holder = "reviewer-" + reviewer;
            handed.add(selector.next(assignment).orElseThrow());
        }

        assertEquals(10, handed.size());
    }

    @Test
    void whenEveryPageIsHeldByOthersOneIsShared() {
        Assignment assignment = new Assignment(2);
        assignment.leases.put(1L, "other");
        assignment.leases.put(2L, "another");

        Optional<Long> page = selector.next(assignment);

        assertTrue(page.isPresent() && Set.of(1L, 2L).contains(page.get()));
    }
}
