package docket.next;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Leases kept in this process, for while Redis is away: fewer guarantees across processes, still no herding within one. */
final class LocalLeases {

    private record Lease(String holder, long expiresAt) {
    }

    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    boolean lease(long assignment, long page, String holder, Duration ttl) {
        long now = System.currentTimeMillis();
        if (leases.size() > 100_000) {
            leases.values().removeIf(l -> l.expiresAt() < now);
        }
        Lease lease = leases.compute(assignment + ":" + page, (key, current) ->
                current == null || current.expiresAt() < now || current.holder().equals(holder)
                        ? new Lease(holder, now + ttl.toMillis()) : current);
        return lease.holder().equals(holder);
    }

    void release(long assignment, long page, String holder) {
        leases.computeIfPresent(assignment + ":" + page, (key, current) -> current.holder().equals(holder) ? null : current);
    }
}
