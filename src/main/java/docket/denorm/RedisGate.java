package docket.denorm;

import docket.assignment.AssignmentRepository;
import io.lettuce.core.RedisException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Guards every use of the assignment sets. After a Redis failure, Redis is left alone for a short
 * while (callers answer from MySQL) and, because writes were missed meanwhile, every assignment's
 * sets are rebuilt once in the background when Redis answers again.
 */
@Singleton
public class RedisGate {

    private static final Logger LOG = LoggerFactory.getLogger(RedisGate.class);

    private final AssignmentSets sets;
    private final Denormalizer denormalizer;
    private final AssignmentRepository assignments;
    private final Duration retry;
    private volatile long closedUntil;
    private volatile boolean missedWrites;

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
            return Optional.ofNullable(operation.get());
        } catch (RedisException e) {
            failed(e);
            return Optional.empty();
        }
    }

    /** Runs a Redis write; when it cannot run, the sets are rebuilt once Redis is back. */
    public void write(Runnable operation) {
        call(() -> {
            operation.run();
            return Boolean.TRUE;
        }).ifPresentOrElse(done -> { }, () -> missedWrites = true);
    }

    private boolean open() {
        if (System.currentTimeMillis() < closedUntil) {
            return false;
        }
        if (missedWrites) {
            try {
                missedWrites = false;
                assignments.findAll().forEach(a -> {
                    sets.unmarkBuilt(a.id());
                    denormalizer.rebuildInBackground(a);
                });
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
        if (System.currentTimeMillis() >= closedUntil) {
            LOG.warn("Redis failed ({}); answering from MySQL for {} ms", e.getMessage(), retry.toMillis());
        }
        closedUntil = System.currentTimeMillis() + retry.toMillis();
    }
}
