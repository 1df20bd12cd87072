package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import io.lettuce.core.RedisException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Guards every use of Redis. A failed command falls back to MySQL for its caller; after a few failures
 * in a row Redis is left alone for a short while (everyone answers from MySQL), so that one slow command
 * on a busy night does not send every reviewer to MySQL at once, while a Redis that is gone costs a
 * timeout only to the first few. Because writes were missed meanwhile, every assignment's sets are then
 * rebuilt once in the background, one at a time, when Redis answers again.
 */
@Singleton
public class RedisGate {

    private static final Logger LOG = LoggerFactory.getLogger(RedisGate.class);
    private static final int FAILURES_TO_CLOSE = 3;

    private final AssignmentSets sets;
    private final Denormalizer denormalizer;
    private final AssignmentRepository assignments;
    private final Duration retry;
    private volatile long closedUntil;
    private volatile boolean missedWrites;
    private final AtomicLong recoveries = new AtomicLong();
    private final AtomicInteger failuresInARow = new AtomicInteger();

    RedisGate(AssignmentSets sets, Denormalizer denormalizer, AssignmentRepository assignments,
              @Value("${docket.next.redis-retry:2s}") Duration retry) {
        this.sets = sets;
        this.denormalizer = denormalizer;
        this.assignments = assignments;
        this.retry = retry;
    }

    /**
     * Runs a Redis operation; empty when Redis is away or fails, and Redis is then left alone for a
     * while. A failed read loses nothing, so only {@link #write} marks the sets for a rebuild.
     */
    public <T> Optional<T> call(Supplier<T> operation) {
        if (!open()) {
            return Optional.empty();
        }
        try {
            T answer = operation.get();
            failuresInARow.set(0);
            return Optional.ofNullable(answer);
        } catch (RedisException e) {
            failed(e);
            return Optional.empty();
        }
    }

    /** Runs a Redis write; when it cannot run, the sets are rebuilt once Redis is back. Returns whether it ran. */
    public boolean write(Runnable operation) {
        boolean ran = call(() -> {
            operation.run();
            return Boolean.TRUE;
        }).isPresent();
        if (!ran) {
            missedWrite();
        }
        return ran;
    }

    /** A write that could not be made: every assignment's sets are rebuilt once Redis answers. */
    public void missedWrite() {
        missedWrites = true;
    }

    /**
     * How many times every assignment has been marked for a rebuild after missed writes: a write missed
     * before the latest of them has been, or will be, made good by that rebuild.
     */
    long recoveries() {
        return recoveries.get();
    }

    private boolean open() {
        if (System.currentTimeMillis() < closedUntil) {
            return false;
        }
        if (missedWrites) {
            try {
                missedWrites = false;
                List<Assignment> all = assignments.findAll();
                // Unmarked first: a crash before the rebuilds are done leaves them to be done on start.
                all.forEach(a -> sets.unmarkBuilt(a.id()));
                recoveries.incrementAndGet();
                all.forEach(denormalizer::rebuildInBackground);
                LOG.info("Redis is back: the assignment sets will be rebuilt from MySQL");
            } catch (RedisException e) {
                missedWrites = true;
                failed(e);
                return false;
            }
        }
        return true;
    }

    private void failed(RedisException e) {
        if (failuresInARow.incrementAndGet() < FAILURES_TO_CLOSE) {
            return;
        }
        if (System.currentTimeMillis() >= closedUntil) {
            LOG.warn("Redis failed {} times in a row ({}); answering from MySQL for {} ms", failuresInARow.get(),
                    e.getMessage(), retry.toMillis());
        }
        closedUntil = System.currentTimeMillis() + retry.toMillis();
    }
}
