package docket.limits;

import docket.denorm.RedisGate;
import docket.denorm.RedisKeys;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bucket4j token buckets kept in Redis, so that every instance counts against the same buckets.
 * While Redis is away ({@link RedisGate}) each instance counts in buckets of its own instead: the
 * limits stay in force, a little looser, and nobody is refused because Redis is.
 */
@Singleton
class Buckets {

    /** In-process buckets while Redis is away; the least recently used are forgotten first. */
    private static final int LOCAL_BUCKETS = 100_000;

    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> redis;
    private final RedisGate gate;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private final Map<String, Bucket> local = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > LOCAL_BUCKETS;
        }
    });

    Buckets(RedisClient client, RedisGate gate, LimitSettings settings,
            @Value("${docket.next.lease:45s}") Duration lease,
            @Value("${docket.next.redis-timeout:500ms}") Duration timeout) {
        this.gate = gate;
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        // A connection of its own: its timeout is the limits' business, like the next button's is.
        connection.setTimeout(timeout);
        this.redis = Bucket4jLettuce.casBasedBuilder(connection)
                // A full bucket is the same as none: its key goes once it has refilled.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        for (Limit limit : Limit.values()) {
            int capacity = Math.max(1, limit.capacity(settings));
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limit.period(lease)).build())
                    .build());
        }
    }

    /** Takes one token from the subject's bucket: empty if there was one, else how long until there is. */
    Optional<Duration> take(Limit limit, String subject) {
        String key = RedisKeys.limit(limit.key(), subject);
        ConsumptionProbe probe = gate.call(() -> remote(limit, key).tryConsumeAndReturnRemaining(1))
                .orElseGet(() -> local(limit, key).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Empty if the subject's bucket has a token to take, else how long until it has; takes nothing. */
    Optional<Duration> waitFor(Limit limit, String subject) {
        String key = RedisKeys.limit(limit.key(), subject);
        EstimationProbe probe = gate.call(() -> remote(limit, key).estimateAbilityToConsume(1))
                .orElseGet(() -> local(limit, key).estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives a token back (never beyond the bucket's capacity): a page held was released. */
    void giveBack(Limit limit, String subject) {
        String key = RedisKeys.limit(limit.key(), subject);
        gate.call(() -> {
            remote(limit, key).addTokens(1);
            return Boolean.TRUE;
        }).orElseGet(() -> {
            local(limit, key).addTokens(1);
            return Boolean.TRUE;
        });
    }

    private Bucket remote(Limit limit, String key) {
        return redis.builder().build(key, () -> configurations.get(limit));
    }

    private Bucket local(Limit limit, String key) {
        return local.computeIfAbsent(key, k -> Bucket.builder().addLimit(configurations.get(limit).getBandwidths()[0]).build());
    }

    @PreDestroy
    void close() {
        connection.close();
    }
}
