package docket.denorm;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crash safety for the Redis families (family "watermark"). A review or an import is committed in
 * MySQL first and reaches Redis after the commit; a process killed in between leaves Redis behind.
 * Every second each instance records in Redis its watermark — a time before which everything it
 * committed has reached Redis: the oldest change still on its way (or missed while Redis was away and
 * not yet rebuilt), or now, less a margin for a change timed just before a slow commit — and when it
 * beat. An instance that has not beaten for a few seconds has stopped, cleanly or not: the server
 * instances apply again what was committed between its watermark and its last beat (applying twice
 * changes nothing) and drop its entry. On start and every few seconds they also rebuild the assignments
 * whose sets are not marked built: an editor's change unmarks them before its commit, and a flushed or
 * restarted Redis has lost the marks. Tools beat but never heal: {@code tools/verify} reports what it finds.
 */
@Singleton
class Watermark {

    private static final Logger LOG = LoggerFactory.getLogger(Watermark.class);
    /** Instances beat every second: one silent this long has stopped. */
    private static final Duration STOPPED = Duration.ofSeconds(3);
    private static final Duration LOST = Duration.ofMinutes(5);
    /** Every so many beats, and on start, the assignments whose sets are not built are rebuilt (Redis flushed). */
    private static final int BEATS_BETWEEN_BUILT_CHECKS = 10;

    /** What a stopped instance may have committed without it reaching Redis. */
    record Window(Instant since, Instant until) {
    }

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
    private final AtomicInteger beats = new AtomicInteger();

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
        // A change that neither committed nor rolled back this long after its time went with its connection.
        onTheirWay.values().removeIf(at -> at.isBefore(Instant.now().minus(LOST)));
        Instant oldest = Instant.now();
        for (Instant at : onTheirWay.values()) {
            oldest = at.isBefore(oldest) ? at : oldest;
        }
        for (Missed m : missed.values()) {
            oldest = m.at().isBefore(oldest) ? m.at() : oldest;
        }
        return oldest.minus(margin);
    }

    @Scheduled(fixedDelay = "1s")
    void beat() {
        String entry = current().toEpochMilli() + " " + System.currentTimeMillis();
        gate.call(() -> redis.hset(RedisKeys.watermarks(), instance, entry));
        if (heals) {
            heal();
        }
    }

    /**
     * Applies again what the stopped instances may have left undone, in the background, and drops their
     * entries once it is done; on start and every few beats, also rebuilds the assignments whose sets
     * are not marked built (an editor's change cut short, Redis flushed or restarted empty).
     */
    private void heal() {
        if (!healing.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<Map<String, String>> entries = gate.call(() -> redis.hgetall(RedisKeys.watermarks()));
            boolean checkBuilt = beats.get() % BEATS_BETWEEN_BUILT_CHECKS == 0;
            Map<String, Window> stopped = entries.map(this::stopped).orElse(Map.of());
            if (entries.isEmpty() || (stopped.isEmpty() && !checkBuilt)) {
                // Redis is away (nothing can be healed now), or there is nothing to heal.
                beats.incrementAndGet();
                healing.set(false);
                return;
            }
            denormalizer.healInBackground(List.copyOf(stopped.values()), checkBuilt).whenComplete((done, failure) -> {
                if (failure == null) {
                    beats.incrementAndGet();
                    if (!stopped.isEmpty()) {
                        gate.call(() -> redis.hdel(RedisKeys.watermarks(), stopped.keySet().toArray(String[]::new)));
                    }
                } else {
                    LOG.warn("Healing the Redis sets failed; it is tried again in a second: {}", failure.getMessage());
                }
                healing.set(false);
            });
        } catch (RuntimeException e) {
            healing.set(false);
            throw e;
        }
    }

    /** The other instances that have not beaten for a while, and what each may have left undone. */
    private Map<String, Window> stopped(Map<String, String> entries) {
        long stoppedBefore = System.currentTimeMillis() - STOPPED.toMillis();
        Map<String, Window> stopped = new HashMap<>();
        entries.forEach((id, entry) -> {
            String[] times = entry.split(" ");
            long beat = Long.parseLong(times[1]);
            if (!id.equals(instance) && beat < stoppedBefore) {
                stopped.put(id, new Window(Instant.ofEpochMilli(Long.parseLong(times[0])), Instant.ofEpochMilli(beat).plus(STOPPED)));
            }
        });
        return stopped;
    }
}
