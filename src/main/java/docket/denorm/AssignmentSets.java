package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.ScopeQueries;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Redis sets behind the next button, per assignment: its pages, the done pages, the open pages
 * (pages minus done, kept up to date incrementally) and each reviewer's seen pages; plus short
 * leases. Every method talks to Redis; callers decide what to do when Redis is away.
 */
@Singleton
public class AssignmentSets {

    private static final int BATCH = 10_000;

    // Scripts save round trips on the next button's path; each touches keys of one assignment only.
    private static final String SAMPLE_UNSEEN = """
            local unseen = {}
            for _, page in ipairs(redis.call('SRANDMEMBER', KEYS[1], ARGV[1])) do
              if redis.call('SISMEMBER', KEYS[2], page) == 0 then unseen[#unseen + 1] = page end
            end
            return unseen""";
    // A page's lease is a hash of holder -> expiry (ms, Redis's clock) plus the newest count of its
    // reviews that a review reported. The rule of LocalLeases.mayHold: the holders, expired ones
    // pruned, stay fewer than the reviews the page still needs, and than one unless sharing is asked
    // for; a holder may always renew.
    private static final String LEASE = """
            if redis.call('SISMEMBER', KEYS[2], ARGV[5]) == 1 then return 0 end
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local counted = tonumber(ARGV[3])
            local others = 0
            local mine = false
            local fields = redis.call('HGETALL', KEYS[1])
            for i = 1, #fields, 2 do
              local field, value = fields[i], tonumber(fields[i + 1])
              if field == 'counted' then counted = math.max(counted, value)
              elseif value < now then redis.call('HDEL', KEYS[1], field)
              elseif field == ARGV[1] then mine = true
              else others = others + 1 end
            end
            local allowed = tonumber(ARGV[4]) - counted
            if ARGV[6] == '0' then allowed = math.min(allowed, 1) end
            if not mine and others >= allowed then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], now + tonumber(ARGV[2]))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1""";
    private static final String SAMPLE_DIFFERENCE = """
            redis.call('SDIFFSTORE', KEYS[3], KEYS[1], KEYS[2])
            local unseen = redis.call('SRANDMEMBER', KEYS[3], ARGV[1])
            redis.call('DEL', KEYS[3])
            return unseen""";
    private static final String RELEASE = """
            redis.call('HDEL', KEYS[1], ARGV[1])
            return 1""";
    private static final String REVIEWED = """
            redis.call('SADD', KEYS[1], ARGV[1])
            if ARGV[2] == '1' then
              redis.call('SADD', KEYS[2], ARGV[1])
              redis.call('SREM', KEYS[3], ARGV[1])
            end
            redis.call('HDEL', KEYS[4], ARGV[3])
            if tonumber(ARGV[4]) > tonumber(redis.call('HGET', KEYS[4], 'counted') or '0') then
              redis.call('HSET', KEYS[4], 'counted', ARGV[4])
              redis.call('PEXPIRE', KEYS[4], ARGV[5])
            end
            return 1""";
    private static final String PROGRESS = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
            return {redis.call('SCARD', KEYS[2]), redis.call('SCARD', KEYS[3])}""";

    private final RedisCommands<String, String> redis;
    /** Rebuilds and verification: a connection with a longer timeout (see {@link RebuildConnection}). */
    private final RedisCommands<String, String> rebuilds;
    private final ScopeQueries scope;

    AssignmentSets(StatefulRedisConnection<String, String> connection,
                   @Named(RebuildConnection.NAME) StatefulRedisConnection<String, String> rebuildConnection,
                   ScopeQueries scope, @Value("${docket.next.redis-timeout:500ms}") Duration timeout) {
        // Fail fast rather than block a reviewer: the next button has MySQL to fall back on.
        connection.setTimeout(timeout);
        this.redis = connection.sync();
        this.rebuilds = rebuildConnection.sync();
        this.scope = scope;
    }

    // --- reads for the next button

    public boolean built(long assignment) {
        return redis.exists(RedisKeys.built(assignment)) == 1;
    }

    /** The same question on the rebuilds' connection, with its longer timeout. */
    boolean builtForRebuilds(long assignment) {
        return rebuilds.exists(RedisKeys.built(assignment)) == 1;
    }

    public void unmarkBuilt(long assignment) {
        redis.del(RedisKeys.built(assignment));
    }

    public List<Long> sampleOpen(long assignment, int count) {
        return ids(redis.srandmember(RedisKeys.open(assignment), count));
    }

    /** Random open pages the reviewer has not seen: SRANDMEMBER and SISMEMBER in one round trip. */
    public List<Long> sampleOpenUnseen(long assignment, long reviewer, int count) {
        return ids(redis.eval(SAMPLE_UNSEEN, ScriptOutputType.MULTI,
                new String[]{RedisKeys.open(assignment), RedisKeys.seen(assignment, reviewer)}, Integer.toString(count)));
    }

    /**
     * For a reviewer who has seen most of what is open, random sampling rarely finds an unseen page:
     * compute the difference (O(open pages)) and sample from it, in one script.
     */
    public List<Long> sampleUnseen(long assignment, long reviewer, int count) {
        return ids(redis.eval(SAMPLE_DIFFERENCE, ScriptOutputType.MULTI, new String[]{RedisKeys.open(assignment),
                RedisKeys.seen(assignment, reviewer), RedisKeys.unseen(assignment, Long.toString(reviewer))}, Integer.toString(count)));
    }

    /**
     * Takes the page for the holder unless it is done, or someone else holds it and {@code share} is
     * false, or as many others hold it as it still needs ({@code threshold} minus {@code counted},
     * MySQL's count, or a newer one a review reported); a holder may renew its own lease.
     */
    public boolean lease(long assignment, long page, String holder, int counted, int threshold, boolean share, Duration ttl) {
        Long taken = redis.eval(LEASE, ScriptOutputType.INTEGER,
                new String[]{RedisKeys.lease(assignment, page), RedisKeys.done(assignment)},
                holderField(holder), Long.toString(ttl.toMillis()), Integer.toString(counted), Integer.toString(threshold),
                Long.toString(page), share ? "1" : "0");
        return taken != null && taken == 1;
    }

    /** Ends the holder's lease on the page; the others' are left alone. */
    public void release(long assignment, long page, String holder) {
        redis.eval(RELEASE, ScriptOutputType.INTEGER, new String[]{RedisKeys.lease(assignment, page)}, holderField(holder));
    }

    /** Pages and done pages, in one round trip; null when the sets are not built. */
    public AssignmentProgress progress(long assignment) {
        List<Long> counts = redis.eval(PROGRESS, ScriptOutputType.MULTI,
                new String[]{RedisKeys.built(assignment), RedisKeys.pages(assignment), RedisKeys.done(assignment)});
        return counts.isEmpty() ? null : new AssignmentProgress(counts.get(0), counts.get(1));
    }

    // --- incremental writes

    /**
     * A review of a page in this assignment, in one script: the reviewer has seen it, it may now be
     * done, the holder's lease on it ends, and the lease remembers the page's new count of reviews
     * that count ({@code counted}, 0 for a skip) for a while, so that a reviewer who read the count
     * just before this review committed is not let in on the strength of the old one.
     */
    public void reviewed(long assignment, long page, long reviewer, boolean done, int counted, String holder, Duration ttl) {
        redis.eval(REVIEWED, ScriptOutputType.INTEGER, new String[]{RedisKeys.seen(assignment, reviewer),
                RedisKeys.done(assignment), RedisKeys.open(assignment), RedisKeys.lease(assignment, page)},
                Long.toString(page), done ? "1" : "0", holderField(holder), Integer.toString(counted), Long.toString(ttl.toMillis()));
    }

    /** Newly imported pages of the assignment's scope: nobody has reviewed them, so they are open. */
    public void added(long assignment, List<Long> pages) {
        if (!pages.isEmpty()) {
            redis.sadd(RedisKeys.pages(assignment), strings(pages));
            redis.sadd(RedisKeys.open(assignment), strings(pages));
        }
    }

    /** A page that no longer exists in MySQL leaves every set of these assignments. */
    public void forget(long page, List<Long> assignments) {
        String id = Long.toString(page);
        for (long assignment : assignments) {
            redis.srem(RedisKeys.pages(assignment), id);
            redis.srem(RedisKeys.open(assignment), id);
            redis.srem(RedisKeys.done(assignment), id);
        }
    }

    // --- rebuild and verify

    /** An assignment's truth in MySQL; each query runs at most once, however many families use it. */
    public final class Truth {

        private final Assignment assignment;
        private List<Long> pages;
        private List<Long> done;

        private Truth(Assignment assignment) {
            this.assignment = assignment;
        }

        List<Long> pages() {
            if (pages == null) {
                pages = scope.pagesInScope(assignment.id());
            }
            return pages;
        }

        List<Long> done() {
            if (done == null) {
                done = scope.donePages(assignment.id(), assignment.threshold());
            }
            return done;
        }

        long assignmentId() {
            return assignment.id();
        }

        List<Long> open() {
            Set<Long> doneSet = new HashSet<>(done());
            return pages().stream().filter(p -> !doneSet.contains(p)).toList();
        }
    }

    public Truth truthOf(Assignment assignment) {
        return new Truth(assignment);
    }

    /**
     * Rebuilds one family of one assignment from MySQL. Sets are written under a scratch key and
     * renamed over the live one, so readers never see a half-built set.
     */
    public void rebuild(Truth truth, KeyFamily family) {
        long a = truth.assignment.id();
        switch (family.name()) {
            case "pages" -> replace(RedisKeys.pages(a), truth.pages());
            case "done" -> replace(RedisKeys.done(a), truth.done());
            case "open" -> replace(RedisKeys.open(a), truth.open());
            case "seen" -> rebuildSeen(a);
            case "built" -> rebuilds.set(RedisKeys.built(a), Long.toString(System.currentTimeMillis()));
            default -> throw new IllegalArgumentException("not a Redis family of an assignment: " + family.name());
        }
    }

    /**
     * Applies again the pages imported and the reviews recorded from {@code since} until before {@code until}:
     * a review committed while a rebuild read MySQL wrote to sets that the rebuild then replaced, and one
     * committed just before a crash never reached Redis. Every page touched is then asked of MySQL whether
     * it is done, so applying a window twice, or windows in any order, changes nothing.
     */
    public void catchUp(Assignment assignment, Instant since, Instant until) {
        long a = assignment.id();
        List<Long> imported = scope.importedBetween(a, since, until);
        for (List<Long> batch : batches(imported)) {
            rebuilds.sadd(RedisKeys.pages(a), strings(batch));
            rebuilds.sadd(RedisKeys.open(a), strings(batch));
        }
        List<ScopeQueries.Seen> recent = scope.seenBetween(a, since, until);
        for (ScopeQueries.Seen review : recent) {
            rebuilds.sadd(RedisKeys.seen(a, review.reviewerId()), Long.toString(review.pageId()));
        }
        Set<Long> touched = new HashSet<>(imported);
        recent.forEach(review -> touched.add(review.pageId()));
        for (List<Long> batch : batches(List.copyOf(touched))) {
            List<Long> done = scope.doneAmong(batch, assignment.threshold());
            if (!done.isEmpty()) {
                rebuilds.sadd(RedisKeys.done(a), strings(done));
                rebuilds.srem(RedisKeys.open(a), strings(done));
            }
        }
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches;
    }

    /** Missing and extra members of one family of one assignment, compared with MySQL. */
    public Drift verify(Truth truth, KeyFamily family) {
        long a = truth.assignment.id();
        return switch (family.name()) {
            case "pages" -> Drift.of(truth.pages(), members(RedisKeys.pages(a)));
            case "done" -> Drift.of(truth.done(), members(RedisKeys.done(a)));
            case "open" -> Drift.of(truth.open(), members(RedisKeys.open(a)));
            case "seen" -> verifySeen(a);
            case "built" -> new Drift(rebuilds.exists(RedisKeys.built(a)) == 1 ? 0 : 1, 0);
            default -> throw new IllegalArgumentException("not a Redis family of an assignment: " + family.name());
        };
    }

    /** Removes every key of an assignment, for a deleted assignment or a test. */
    public void drop(long assignment) {
        List<String> keys = scan(RedisKeys.allOf(assignment));
        if (!keys.isEmpty()) {
            rebuilds.del(keys.toArray(String[]::new));
        }
    }

    private void rebuildSeen(long a) {
        Map<Long, List<Long>> truth = seenTruth(a);
        for (String key : scan(RedisKeys.seenPattern(a))) {
            if (!truth.containsKey(reviewerOf(key))) {
                rebuilds.del(key);
            }
        }
        truth.forEach((reviewer, pages) -> replace(RedisKeys.seen(a, reviewer), pages));
    }

    private Drift verifySeen(long a) {
        Map<Long, List<Long>> truth = seenTruth(a);
        Drift drift = Drift.NONE;
        Set<Long> inRedis = new HashSet<>();
        for (String key : scan(RedisKeys.seenPattern(a))) {
            long reviewer = reviewerOf(key);
            inRedis.add(reviewer);
            drift = drift.plus(Drift.of(truth.getOrDefault(reviewer, List.of()), members(key)));
        }
        for (var entry : truth.entrySet()) {
            if (!inRedis.contains(entry.getKey())) {
                drift = drift.plus(new Drift(entry.getValue().size(), 0));
            }
        }
        return drift;
    }

    private Map<Long, List<Long>> seenTruth(long a) {
        return scope.seen(a).stream().collect(Collectors.groupingBy(ScopeQueries.Seen::reviewerId, TreeMap::new,
                Collectors.mapping(ScopeQueries.Seen::pageId, Collectors.toList())));
    }

    private void replace(String key, List<Long> ids) {
        String building = RedisKeys.building(key);
        rebuilds.del(building);
        for (List<Long> batch : batches(ids)) {
            rebuilds.sadd(building, strings(batch));
        }
        if (ids.isEmpty()) {
            rebuilds.del(key);
        } else {
            rebuilds.rename(building, key);
        }
    }

    private Set<Long> members(String key) {
        Set<Long> ids = new HashSet<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            var page = rebuilds.sscan(key, cursor, ScanArgs.Builder.limit(BATCH));
            page.getValues().forEach(v -> ids.add(Long.parseLong(v)));
            cursor = page;
        } while (!cursor.isFinished());
        return ids;
    }

    private List<String> scan(String pattern) {
        List<String> keys = new ArrayList<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = rebuilds.scan(cursor, ScanArgs.Builder.matches(pattern).limit(1000));
            keys.addAll(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return keys;
    }

    private static long reviewerOf(String seenKey) {
        return Long.parseLong(seenKey.substring(seenKey.lastIndexOf(':') + 1));
    }

    // Holders are prefixed so that no visitor token can be mistaken for the "counted" field.
    private static String holderField(String holder) {
        return "holder:" + holder;
    }

    private static List<Long> ids(List<String> values) {
        return values.stream().map(Long::parseLong).toList();
    }

    private static String[] strings(List<Long> ids) {
        return ids.stream().map(String::valueOf).toArray(String[]::new);
    }
}
