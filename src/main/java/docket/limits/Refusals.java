package docket.limits;

import docket.denorm.RedisGate;
import docket.denorm.RedisKeys;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the limits refused in the past day, kept in Redis so that the editors' page shows the refusals
 * of every instance. While Redis is away refusals still happen; they are just not listed.
 */
@Singleton
class Refusals {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final int MOST = 1000;

    private static final String RECORD = """
            for _, old in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])) do redis.call('HDEL', KEYS[2], old) end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
            redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
            local extra = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[5])
            if extra > 0 then
              for _, old in ipairs(redis.call('ZRANGE', KEYS[1], 0, extra - 1)) do redis.call('HDEL', KEYS[2], old) end
              redis.call('ZREMRANGEBYRANK', KEYS[1], 0, extra - 1)
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            redis.call('PEXPIRE', KEYS[2], ARGV[4])
            return 1""";
    private static final String RECENT = """
            local entries = redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1, 'WITHSCORES')
            local out = {}
            for i = 1, #entries, 2 do
              out[#out + 1] = entries[i]
              out[#out + 1] = entries[i + 1]
              out[#out + 1] = redis.call('HGET', KEYS[2], entries[i]) or '0'
            end
            return out""";

    /** One sender refused by one limit: how many times in the past day, and when last. */
    record Refusal(String subject, Limit limit, long count, Instant last) {
    }

    private final RedisCommands<String, String> redis;
    private final RedisGate gate;

    Refusals(StatefulRedisConnection<String, String> connection, RedisGate gate) {
        this.redis = connection.sync();
        this.gate = gate;
    }

    void record(String subject, Limit limit) {
        long now = System.currentTimeMillis();
        gate.call(() -> redis.eval(RECORD, ScriptOutputType.INTEGER, new String[]{RedisKeys.refusals(), RedisKeys.refusalCounts()},
                Long.toString(now), Long.toString(now - KEPT.toMillis()), subject + "|" + limit.key(),
                Long.toString(KEPT.toMillis()), Integer.toString(MOST)));
    }

    /** The most recent refusals first; empty while Redis is away. */
    List<Refusal> recent(int count) {
        List<Object> flat = gate.call(() -> redis.<List<Object>>eval(RECENT, ScriptOutputType.MULTI,
                new String[]{RedisKeys.refusals(), RedisKeys.refusalCounts()}, Integer.toString(count))).orElse(List.of());
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i + 2 < flat.size(); i += 3) {
            String entry = (String) flat.get(i);
            int bar = entry.lastIndexOf('|');
            long last = (long) Double.parseDouble((String) flat.get(i + 1));
            long times = Long.parseLong((String) flat.get(i + 2));
            Limit.byKey(entry.substring(bar + 1)).ifPresent(limit ->
                    refusals.add(new Refusal(entry.substring(0, bar), limit, times, Instant.ofEpochMilli(last))));
        }
        return refusals;
    }
}
