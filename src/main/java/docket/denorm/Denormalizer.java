package docket.denorm;

import docket.assignment.Assignment;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/** Rebuilds and verifies the key families of the dictionary, for all assignments or one. */
@Singleton
public class Denormalizer {

    private static final Logger LOG = LoggerFactory.getLogger(Denormalizer.class);
    private static final Duration COMMIT_MARGIN = Duration.ofSeconds(5);

    private final AssignmentSets sets;
    private final ExecutorService executor;
    private final Set<Long> rebuilding = ConcurrentHashMap.newKeySet();
    private final Map<Long, AtomicLong> backgroundRebuilds = new ConcurrentHashMap<>();

    Denormalizer(AssignmentSets sets,
                 @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sets = sets;
        this.executor = executor;
    }

    /**
     * Rebuilds the families while reviews keep coming: those recorded since shortly before MySQL was
     * read are applied again at the end (a review's timestamp is taken before its commit, hence the margin).
     */
    public void rebuild(Assignment assignment, List<KeyFamily> families) {
        Instant started = Instant.now();
        AssignmentSets.Truth truth = sets.truthOf(assignment);
        for (KeyFamily family : families) {
            sets.rebuild(truth, family);
        }
        sets.catchUp(assignment, started.minus(COMMIT_MARGIN));
    }

    public void rebuild(Assignment assignment) {
        rebuild(assignment, KeyFamily.REBUILT);
    }

    /** Drift per family, summed over the given assignments. */
    public Map<String, Drift> verify(Iterable<Assignment> which) {
        Map<String, Drift> drift = new LinkedHashMap<>();
        KeyFamily.REBUILT.forEach(f -> drift.put(f.name(), Drift.NONE));
        for (Assignment assignment : which) {
            AssignmentSets.Truth truth = sets.truthOf(assignment);
            for (KeyFamily family : KeyFamily.REBUILT) {
                drift.merge(family.name(), sets.verify(truth, family), Drift::plus);
            }
        }
        return drift;
    }

    /** Background rebuilds of the assignment since start: "one rebuild, not a stampede" can be checked. */
    public long backgroundRebuilds(long assignmentId) {
        AtomicLong count = backgroundRebuilds.get(assignmentId);
        return count == null ? 0 : count.get();
    }

    /**
     * Starts one background rebuild of an assignment whose sets are missing (Redis restarted or
     * flushed); concurrent callers do not start another. Returns at once: callers answer from MySQL meanwhile.
     */
    public void rebuildInBackground(Assignment assignment) {
        if (!rebuilding.add(assignment.id())) {
            return;
        }
        backgroundRebuilds.computeIfAbsent(assignment.id(), id -> new AtomicLong()).incrementAndGet();
        executor.execute(() -> {
            try {
                LOG.info("Redis has no sets for assignment {}: rebuilding them from MySQL", assignment.slug());
                rebuild(assignment);
            } catch (RuntimeException e) {
                LOG.warn("Rebuilding the sets of assignment {} failed; the next button keeps answering from MySQL",
                        assignment.slug(), e);
            } finally {
                rebuilding.remove(assignment.id());
            }
        });
    }
}
