package docket.denorm;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** How far a Redis family is from MySQL: members MySQL has that Redis lacks, and members Redis has that MySQL does not. */
public record Drift(long missing, long extra) {

    public static final Drift NONE = new Drift(0, 0);

    static Drift of(Collection<Long> truth, Set<Long> redis) {
        Set<Long> expected = new HashSet<>(truth);
        long missing = expected.stream().filter(id -> !redis.contains(id)).count();
        long extra = redis.stream().filter(id -> !expected.contains(id)).count();
        return new Drift(missing, extra);
    }

    Drift plus(Drift other) {
        return new Drift(missing + other.missing, extra + other.extra);
    }

    public boolean clean() {
        return missing == 0 && extra == 0;
    }
}
