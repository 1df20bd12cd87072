package docket.denorm;

import io.lettuce.core.Range;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Crash safety for the Redis families (family "watermark"). A review or an import is committed in
 * MySQL first and reaches Redis after the commit; a process killed in between leaves Redis behind.
 * Every second each instance records in Redis a time before which everything it committed has reached
 * Redis: the oldest change still on its way (or missed while Redis was away and not yet rebuilt), or
 * now, less a margin for a change timed just before a slow commit. An instance whose entry is a minute
 * old has stopped; on start, and every second, the server applies again what was committed since the
 * oldest entry (applying twice changes nothing) and then drops the stopped instances' entries. Tools
 * keep an entry but never heal: {@code tools/verify} reports what it finds.
 */
@Singleton
class Watermark {

    private static final Logger LOG = LoggerFactory.getLogger(Watermark.class);
    private static final Duration STOPPED = Duration.ofMinutes(1);

    private record Missed(Instant at, long recoveries) {
    }

    private final RedisCommands<String, String> redis;
    private final RedisGate gate;
    private final Denormalizer denormalizer;
    private final Duration margin;
    private final boolean heals;
    private final String instance = UUID.randomUUID().toString();
    private final Map<Object, Instant> onTheirWay = new ConcurrentHashMap<>();
    private final Map<Object, Missed> missed = new ConcurrentHashMap<>();
    private final AtomicBoolean healing = new AtomicBoolean();

    Watermark(@Named(RebuildConnection.NAME) StatefulRedisConnection<String, String> connection, RedisGate gate,
              Denormalizer denormalizer, @Value("${docket.denorm.commit-margin:5s}") Duration margin, Environment environment) {
        this.redis = connection.sync();
        this.gate = gate;
        this.denormalizer = denormalizer;
        this.margin = margin;
        this.heals = !environment.getActiveNames().contains(Environment.CLI);
    }

    /** A change committed or about to be, timed {@code at}, that has still to reach Redis. */
    void begin(Object change, Instant at) {
        onTheirWay.put(change, at);
    }

    /** The change reached Redis ({@code reached}), or Redis was away: then it waits for the rebuild that follows. */
    void end(Object change, boolean reached) {
        Instant at = onTheirWay.remove(change);
        if (at != null && !reached) {
            missed.put(change, new Missed(at, gate.recoveries()));
        }
    }

    /** The change was rolled back: it never has to reach Redis. */
    void abandon(Object change) {
        onTheirWay.remove(change);
    }

    Instant current() {
        long recoveries = gate.recoveries();
        missed.values().removeIf(m -> m.recoveries() < recoveries);
        Instant oldest = Instant.now();
        for (Instant at : onTheirWay.values()) {
            oldest = at.isBefore(oldest) ? at : oldest;
        }
        for (Missed m : missed.values()) {
            oldest = m.at().isBefore(oldest) ? m.at() : oldest;
        }
        return oldest.minus(margin);
    }

    @EventListener
    void started(StartupEvent event) {
        if (heals) {
            heal(null);
        }
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void beat() {
        Instant watermark = current();
        gate.call(() -> redis.zadd(RedisKeys.watermarks(), watermark.toEpochMilli(), instance));
        if (heals) {
            heal(Instant.now().minus(STOPPED));
        }
    }

    /**
     * Applies again what was committed since the oldest entry, of every instance ({@code stoppedBefore} null,
     * on start) or of those that stopped before the given time; then drops the entries of stopped instances.
     * On start it also rebuilds the assignments whose sets are not marked built.
     */
    private void heal(Instant stoppedBefore) {
        if (!healing.compareAndSet(false, true)) {
            return;
        }
        List<Instant> left = gate.call(() -> stoppedBefore == null
                        ? redis.zrangeWithScores(RedisKeys.watermarks(), 0, -1)
                        : redis.zrangebyscoreWithScores(RedisKeys.watermarks(), Range.create(0, (double) stoppedBefore.toEpochMilli())))
                .orElse(List.of()).stream()
                .filter(entry -> !entry.getValue().equals(instance))
                .map(entry -> Instant.ofEpochMilli((long) entry.getScore()))
                .toList();
        if (left.isEmpty() && stoppedBefore != null) {
            healing.set(false);
            return;
        }
        Instant since = left.stream().min(Instant::compareTo).orElse(null);
        long stopped = Instant.now().minus(STOPPED).toEpochMilli();
        denormalizer.healInBackground(since, stoppedBefore == null).whenComplete((done, failure) -> {
            if (failure == null) {
                gate.call(() -> redis.zremrangebyscore(RedisKeys.watermarks(), Range.create(0, (double) stopped)));
            } else {
                LOG.warn("Healing the Redis sets failed; it is tried again in a second: {}", failure.getMessage());
            }
            healing.set(false);
        });
    }
}
