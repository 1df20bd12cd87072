package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds and verifies the families of the dictionary, for all assignments or one, and heals them in
 * the background: one assignment at a time, so that recovering from a Redis outage never stampedes
 * MySQL while it answers the next button.
 */
@Singleton
public class Denormalizer {

    private static final Logger LOG = LoggerFactory.getLogger(Denormalizer.class);

    private final AssignmentSets sets;
    private final OpenPages openPages;
    private final AssignmentRepository assignments;
    private final Duration commitMargin;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "denorm-heal");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> rebuilding = ConcurrentHashMap.newKeySet();
    private final Map<Long, AtomicLong> backgroundRebuilds = new ConcurrentHashMap<>();

    Denormalizer(AssignmentSets sets, OpenPages openPages, AssignmentRepository assignments,
                 @Value("${docket.denorm.commit-margin:5s}") Duration commitMargin) {
        this.sets = sets;
        this.openPages = openPages;
        this.assignments = assignments;
        this.commitMargin = commitMargin;
    }

    /**
     * Rebuilds the families while reviews keep coming: those recorded since shortly before MySQL was
     * read are applied again at the end (a review's time is taken before its commit, hence the margin).
     */
    public void rebuild(Assignment assignment, List<KeyFamily> families) {
        Instant started = Instant.now();
        AssignmentSets.Truth truth = sets.truthOf(assignment);
        for (KeyFamily family : families) {
            if (family == KeyFamily.FALLBACK) {
                openPages.rebuild(assignment.id());
            } else {
                sets.rebuild(truth, family);
            }
        }
        sets.catchUp(assignment, started.minus(commitMargin), Instant.now().plus(commitMargin));
    }

    /**
     * The assignment's Redis sets. Its MySQL copy ({@code assignment_open}) is kept in the truth's own
     * transactions and needs no rebuild when Redis loses something; {@code tools/rebuild} rebuilds it too.
     */
    public void rebuild(Assignment assignment) {
        rebuild(assignment, KeyFamily.REDIS_SETS);
    }

    /** Drift per family, summed over the given assignments. */
    public Map<String, Drift> verify(Iterable<Assignment> which) {
        Map<String, Drift> drift = new LinkedHashMap<>();
        KeyFamily.REBUILT.forEach(f -> drift.put(f.name(), Drift.NONE));
        for (Assignment assignment : which) {
            AssignmentSets.Truth truth = sets.truthOf(assignment);
            for (KeyFamily family : KeyFamily.REBUILT) {
                Drift found = family == KeyFamily.FALLBACK ? openPages.verify(truth) : sets.verify(truth, family);
                drift.merge(family.name(), found, Drift::plus);
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
     * Queues one background rebuild of an assignment whose sets are missing or missed writes (Redis
     * restarted, flushed or away); callers asking again meanwhile queue nothing more. Returns at once:
     * callers answer from MySQL meanwhile.
     */
    public void rebuildInBackground(Assignment assignment) {
        if (!rebuilding.add(assignment.id())) {
            return;
        }
        backgroundRebuilds.computeIfAbsent(assignment.id(), id -> new AtomicLong()).incrementAndGet();
        background.execute(() -> {
            try {
                // Read again: the assignment may have changed while it waited its turn.
                assignments.findById(assignment.id()).ifPresent(current -> {
                    LOG.info("Rebuilding the sets of assignment {} from MySQL", current.slug());
                    rebuild(current);
                });
            } catch (RuntimeException e) {
                LOG.warn("Rebuilding the sets of assignment {} failed; the next button keeps answering from MySQL: {}",
                        assignment.slug(), e.getMessage());
            } finally {
                rebuilding.remove(assignment.id());
            }
        });
    }

    /**
     * Applies again, in the background, what was committed in the given windows (reviews, imported pages)
     * to every assignment whose sets are built; with {@code rebuildUnbuilt}, also rebuilds those whose
     * sets are not: what a crashed instance left undone. Completes once all of it has been applied.
     */
    CompletableFuture<Void> healInBackground(List<Watermark.Window> windows, boolean rebuildUnbuilt) {
        return CompletableFuture.runAsync(() -> {
            for (Assignment assignment : assignments.findAll()) {
                boolean built = sets.builtForRebuilds(assignment.id());
                if (!built && rebuildUnbuilt) {
                    rebuildInBackground(assignment);
                } else if (built) {
                    windows.forEach(w -> sets.catchUp(assignment, w.since(), w.until()));
                }
            }
            windows.forEach(w -> LOG.info("Applied to Redis again what was committed from {} to {} by an instance that stopped",
                    w.since(), w.until()));
        }, background);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
