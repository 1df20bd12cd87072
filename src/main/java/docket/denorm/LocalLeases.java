package docket.denorm;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leases kept in this process (family "lease"): every page this process hands out is held here too, so
 * that while Redis is away, and after it lost its leases, a page is still held by at most as many
 * reviewers as it needs (the same rule as in Redis). Fewer guarantees across processes, still no
 * herding within one.
 */
@Singleton
public class LocalLeases {

    /**
     * A page's holders and their expiry times, and the newest count of its reviews a release reported:
     * a count read from MySQL just before a holder's review committed is one too low, and this corrects it.
     */
    private record Holders(Map<String, Long> expiries, int counted, long expiresAt) {
    }

    private final Map<String, Holders> leases = new ConcurrentHashMap<>();

    public boolean lease(long assignment, long page, String holder, int counted, int threshold, boolean share, Duration ttl) {
        long now = System.currentTimeMillis();
        if (leases.size() > 100_000) {
            leases.values().removeIf(h -> h.expiresAt() < now);
        }
        Holders after = leases.compute(assignment + ":" + page, (key, current) -> {
            Map<String, Long> expiries = new HashMap<>();
            int known = counted;
            if (current != null && current.expiresAt() >= now) {
                current.expiries().forEach((h, until) -> {
                    if (until >= now) {
                        expiries.put(h, until);
                    }
                });
                known = Math.max(known, current.counted());
            }
            if (expiries.containsKey(holder) || mayHold(expiries.size(), known, threshold, share)) {
                expiries.put(holder, now + ttl.toMillis());
            }
            return new Holders(expiries, known, expiries.values().stream().mapToLong(Long::longValue).max().orElse(now + ttl.toMillis()));
        });
        return after.expiries().containsKey(holder);
    }

    /**
     * The rule every lease obeys (the Redis script in {@link AssignmentSets} says it again in Lua): a page is
     * held by one reviewer while others are free; shared, a page that needs k more reviews is held by at
     * most k reviewers at once, so no page is reviewed beyond its threshold.
     */
    public static boolean mayHold(int otherHolders, int counted, int threshold, boolean share) {
        int needed = threshold - counted;
        return otherHolders < (share ? needed : Math.min(needed, 1));
    }

    /** The holder does not hold the page after all (Redis refused it). */
    public void forget(long assignment, long page, String holder) {
        leases.computeIfPresent(assignment + ":" + page, (key, current) -> {
            Map<String, Long> expiries = new HashMap<>(current.expiries());
            expiries.remove(holder);
            return new Holders(expiries, current.counted(), current.expiresAt());
        });
    }

    /** The holder reviewed or skipped the page, which now has {@code counted} reviews that count. */
    void release(long assignment, long page, String holder, int counted, Duration ttl) {
        long now = System.currentTimeMillis();
        leases.compute(assignment + ":" + page, (key, current) -> {
            Map<String, Long> expiries = new HashMap<>(current == null ? Map.of() : current.expiries());
            expiries.remove(holder);
            int known = current == null ? counted : Math.max(counted, current.counted());
            return new Holders(expiries, known, now + ttl.toMillis());
        });
    }
}
