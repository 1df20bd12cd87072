package docket.next;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.AssignmentRepository;
import docket.assignment.ScopeQueries;
import docket.denorm.AssignmentSets;
import docket.denorm.Denormalizer;
import docket.denorm.LocalLeases;
import docket.denorm.RedisGate;
import docket.web.Visitor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The next button: the selector runs over the Redis sets when they are built and Redis answers, and over
 * MySQL's copy of the open pages otherwise (as cheap a click, still correct). Unbuilt sets start one
 * background rebuild.
 */
@Singleton
public class NextPageService {

    private static final Logger LOG = LoggerFactory.getLogger(NextPageService.class);
    private static final long NO_REVIEWER = -1;
    /** Slots are CRC32 values: 0 to 2^32 - 1. */
    private static final long SLOTS = 1L << 32;
    /** Rows of {@code assignment_open} a fallback sample reads at most, before leaving out the reviewer's. */
    static final int WINDOW = 64;
    /** Counting an assignment's pages in MySQL reads them all: while Redis is away, a count is reused this long. */
    private static final Duration PROGRESS_KEPT = Duration.ofSeconds(30);

    private record CountedProgress(AssignmentProgress progress, long until) {
    }

    private final AssignmentSets sets;
    private final RedisGate redis;
    private final Denormalizer denormalizer;
    private final FallbackQueries mysql;
    private final ScopeQueries scope;
    private final AssignmentRepository assignments;
    private final LocalLeases localLeases;
    private final NextSettings settings;
    private final NextPageSelector selector;
    private final Map<Long, CountedProgress> fallbackProgress = new ConcurrentHashMap<>();
    private final AtomicLong staleRemoved = new AtomicLong();

    NextPageService(AssignmentSets sets, RedisGate redis, Denormalizer denormalizer, FallbackQueries mysql,
                    ScopeQueries scope, AssignmentRepository assignments, LocalLeases localLeases, NextSettings settings) {
        this.scope = scope;
        this.sets = sets;
        this.redis = redis;
        this.denormalizer = denormalizer;
        this.mysql = mysql;
        this.assignments = assignments;
        this.localLeases = localLeases;
        this.settings = settings;
        this.selector = new NextPageSelector(settings.sample());
    }

    /** The page to show this visitor next, "all held" while the last pages are being reviewed, or nothing left. */
    public NextPage next(Assignment assignment, Visitor visitor) {
        Optional<NextPage> viaRedis = redis.call(() -> selector.next(new RedisCandidates(assignment, visitor), assignment.threshold()));
        if (viaRedis.isPresent()) {
            if (!(viaRedis.get() instanceof NextPage.NothingLeft)) {
                return viaRedis.get();
            }
            // Nothing in Redis: the reviewer is done, unless the sets are missing (never built, Redis
            // restarted or flushed). Every page handed out is checked in MySQL, so sets that are
            // present but stale cost extra reviews at worst, never a wrong page.
            Optional<Boolean> built = redis.call(() -> sets.built(assignment.id()));
            if (built.orElse(false)) {
                return NextPage.NOTHING_LEFT;
            }
            if (built.isPresent()) {
                denormalizer.rebuildInBackground(assignment);
            }
        }
        return fromMysql(assignment, visitor);
    }

    /** The next page from MySQL alone, as while Redis is away. */
    NextPage fromMysql(Assignment assignment, Visitor visitor) {
        return selector.next(new MysqlCandidates(assignment, visitor), assignment.threshold());
    }

    public AssignmentProgress progress(Assignment assignment) {
        return redis.call(() -> sets.progress(assignment.id())).orElseGet(() -> fallbackProgress(assignment));
    }

    /** Page ids found in Redis that MySQL no longer has, since start. */
    public long staleRemoved() {
        return staleRemoved.get();
    }

    private AssignmentProgress fallbackProgress(Assignment assignment) {
        return fallbackProgress.compute(assignment.id(), (id, counted) -> {
            long now = System.currentTimeMillis();
            if (counted != null && counted.until() > now) {
                return counted;
            }
            long total = scope.countInScope(id);
            return new CountedProgress(new AssignmentProgress(total, total - mysql.open(id)), now + PROGRESS_KEPT.toMillis());
        }).progress();
    }

    private static long reviewerOf(Visitor visitor) {
        return visitor.reviewerId() == null ? NO_REVIEWER : visitor.reviewerId();
    }
    private final class RedisCandidates implements NextPageSelector.Candidates {

        private final Assignment assignment;
        private final Visitor visitor;

        RedisCandidates(Assignment assignment, Visitor visitor) {
            this.assignment = assignment;
            this.visitor = visitor;
        }

        // One script samples and leaves out the reviewer's seen pages: one round trip.
        @Override
        public List<Long> sample(int count) {
            return visitor.reviewerId() == null
                    ? sets.sampleOpen(assignment.id(), count)
                    : sets.sampleOpenUnseen(assignment.id(), visitor.reviewerId(), count);
        }

        @Override
        public List<Long> sampleUnseen(int count) {
            return visitor.reviewerId() == null
                    ? sets.sampleOpen(assignment.id(), count)
                    : sets.sampleUnseen(assignment.id(), visitor.reviewerId(), count);
        }

        @Override
        public int counted(long page) {
            return mysql.counted(page, reviewerOf(visitor));
        }

        @Override
        public void invalid(long page) {
            if (scope.pageExists(page)) {
                // MySQL's check failed for a page that exists, so this reviewer reviewed it behind
                // Redis's back: add it to their seen set (which also ends the lease).
                sets.reviewed(assignment.id(), page, visitor.reviewerId(), false, 0, visitor.token(), settings.lease());
                return;
            }
            sets.release(assignment.id(), page, visitor.token());
            staleRemoved.incrementAndGet();
            LOG.warn("Page {} no longer exists in MySQL: removed from the Redis sets of every assignment", page);
            sets.forget(page, assignments.findAll().stream().map(Assignment::id).toList());
        }

        // The process's own record of the pages it handed out stands when Redis has lost its leases
        // (flushed, restarted empty): a page in one reviewer's hands is not handed to another meanwhile.
        @Override
        public boolean lease(long page, int counted, boolean share) {
            String holder = visitor.token();
            if (!localLeases.lease(assignment.id(), page, holder, counted, assignment.threshold(), share, settings.lease())) {
                return false;
            }
            if (sets.lease(assignment.id(), page, holder, counted, assignment.threshold(), share, settings.lease())) {
                return true;
            }
            localLeases.forget(assignment.id(), page, holder);
            return false;
        }
    }

    private final class MysqlCandidates implements NextPageSelector.Candidates {

        private final Assignment assignment;
        private final long reviewer;
        private final String holder;

        MysqlCandidates(Assignment assignment, Visitor visitor) {
            this.assignment = assignment;
            this.reviewer = reviewerOf(visitor);
            this.holder = visitor.token();
        }

        // A random slot, a window of rows read forward from it, and round to the first slot when it ends.
        @Override
        public List<Long> sample(int count) {
            long slot = ThreadLocalRandom.current().nextLong(SLOTS);
            Set<Long> pages = new LinkedHashSet<>(mysql.openFrom(assignment.id(), reviewer, slot, WINDOW, count));
            if (pages.size() < count) {
                pages.addAll(mysql.openFrom(assignment.id(), reviewer, 0, WINDOW, count - pages.size()));
            }
            return List.copyOf(pages);
        }

        @Override
        public List<Long> sampleUnseen(int count) {
            long slot = ThreadLocalRandom.current().nextLong(SLOTS);
            Set<Long> pages = new LinkedHashSet<>(mysql.unseenFrom(assignment.id(), reviewer, slot, count));
            if (pages.size() < count) {
                pages.addAll(mysql.unseenFrom(assignment.id(), reviewer, 0, count - pages.size()));
            }
            return List.copyOf(pages);
        }

        @Override
        public int counted(long page) {
            return mysql.counted(page, reviewer);
        }

        // A deleted page's rows went with it, and assignment_open never held the reviewer's own reviews
        // as unseen: there is nothing to correct.
        @Override
        public void invalid(long page) {
        }

        @Override
        public boolean lease(long page, int counted, boolean share) {
            return localLeases.lease(assignment.id(), page, holder, counted, assignment.threshold(), share, settings.lease());
        }
    }
}
