package docket.community;

import docket.denorm.RedisGate;
import docket.denorm.RedisKeys;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Leaderboards: the most active reviewers of the past 48 hours, and of a member's, a party's and an
 * assignment's pages. Counting one is a GROUP BY over many reviews, too slow for every view of the
 * home page on a busy night, so each board is cached in Redis ({@code lb:BOARD}, in the dictionary)
 * and recounted at most once a minute, by the one request that takes the board's refresh lock while
 * the others show the board as it was. A ban drops every board (in {@code denorm/}, which keeps the
 * copies), so that a banned reviewer leaves them at once. While Redis is away the boards are not shown, rather than counted on every view;
 * being a cache, a board whose drop failed then heals at its next recount, within a minute.
 */
@Singleton
public class Leaderboards {

    public static final int SIZE = 10;
    static final Duration FRESH = Duration.ofSeconds(60);
    private static final Duration RECENT = Duration.ofHours(48);
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration REFRESH_LOCK = Duration.ofSeconds(30);

    // Stores a recount only if its lock is still held: a board dropped meanwhile (a ban) is not brought back stale.
    private static final String STORE_IF_LOCKED = """
            if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            redis.call('DEL', KEYS[2])
            return 1""";

    private final LeaderboardQueries queries;
    private final RedisGate gate;
    private final RedisCommands<String, String> redis;
    private final JsonMapper json;

    Leaderboards(LeaderboardQueries queries, RedisGate gate, StatefulRedisConnection<String, String> connection, JsonMapper json) {
        this.queries = queries;
        this.gate = gate;
        this.redis = connection.sync();
        this.json = json;
    }

    /** A board as cached: the leaders, and until when they count as fresh. */
    @Serdeable
    record Cached(long freshUntil, @Nullable List<Leader> leaders) {
        static final Cached NONE = new Cached(0, List.of());

        Cached {
            leaders = leaders == null ? List.of() : leaders; // JSON leaves an empty list out
        }
    }

    public List<Leader> recent() {
        return board("recent", () -> queries.since(Instant.now().minus(RECENT), SIZE));
    }

    public List<Leader> ofMember(long memberId) {
        return board("member:" + memberId, () -> queries.ofMember(memberId, SIZE));
    }

    public List<Leader> ofParty(long partyId) {
        return board("party:" + partyId, () -> queries.ofParty(partyId, SIZE));
    }

    public List<Leader> ofAssignment(long assignmentId) {
        return board(RedisKeys.assignmentBoard(assignmentId), () -> queries.ofAssignment(assignmentId, SIZE));
    }

    private List<Leader> board(String board, Supplier<List<Leader>> count) {
        Cached cached = gate.call(() -> read(board)).orElse(null);
        if (cached == null) {
            return List.of();
        }
        if (cached.freshUntil() > System.currentTimeMillis()) {
            return cached.leaders();
        }
        String token = UUID.randomUUID().toString();
        boolean recount = gate.call(() -> "OK".equals(redis.set(RedisKeys.leadersRefresh(board), token,
                SetArgs.Builder.nx().px(REFRESH_LOCK.toMillis())))).orElse(false);
        if (!recount) {
            return cached.leaders();
        }
        List<Leader> leaders = count.get();
        String value = write(new Cached(System.currentTimeMillis() + FRESH.toMillis(), leaders));
        gate.call(() -> redis.eval(STORE_IF_LOCKED, ScriptOutputType.INTEGER,
                new String[]{RedisKeys.leaders(board), RedisKeys.leadersRefresh(board)},
                token, value, String.valueOf(KEPT.toMillis())));
        return leaders;
    }

    private Cached read(String board) {
        String value = redis.get(RedisKeys.leaders(board));
        try {
            return value == null ? Cached.NONE : json.readValue(value, Cached.class);
        } catch (IOException e) {
            return Cached.NONE; // an unreadable board is recounted
        }
    }

    private String write(Cached board) {
        try {
            return json.writeValueAsString(board);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
