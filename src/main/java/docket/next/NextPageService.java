package docket.next;

import docket.assignment.Assignment;
import docket.assignment.AssignmentProgress;
import docket.assignment.AssignmentRepository;
import docket.assignment.ScopeQueries;
import docket.denorm.AssignmentSets;
import docket.denorm.Denormalizer;
import docket.denorm.RedisGate;
import docket.web.Visitor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The next button: the selector runs over the Redis sets when they are built and Redis answers,
 * and over MySQL otherwise (slower, still correct). Unbuilt sets start one background rebuild.
 */
@Singleton
public class NextPageService {

    private static final Logger LOG = LoggerFactory.getLogger(NextPageService.class);
    private static final long NO_REVIEWER = -1;

    private final AssignmentSets sets;
    private final RedisGate redis;
    private final Denormalizer denormalizer;
    private final FallbackQueries mysql;
    private final ScopeQueries scope;
    private final AssignmentRepository assignments;
    private final NextSettings settings;
    private final NextPageSelector selector;
    private final LocalLeases localLeases = new LocalLeases();
    private final AtomicLong staleRemoved = new AtomicLong();

    NextPageService(AssignmentSets sets, RedisGate redis, Denormalizer denormalizer, FallbackQueries mysql,
                    ScopeQueries scope, AssignmentRepository assignments, NextSettings settings) {
        this.scope = scope;
        this.sets = sets;
        this.redis = redis;
        this.denormalizer = denormalizer;
        this.mysql = mysql;
        this.assignments = assignments;
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
        return selector.next(new MysqlCandidates(assignment, visitor), assignment.threshold());
    }

    /**
     * The reviewer has reviewed the page in this assignment, which now has {@code counted} reviews that
     * count (0 for a skip): it joins their seen set, may leave "open", and their hold ends so that
     * another reviewer may have it at once if it needs more.
     */
    public void reviewed(long assignment, long page, Visitor reviewer, int counted, boolean done) {
        localLeases.release(assignment, page, reviewer.token(), counted, settings.lease());
        redis.write(() -> sets.reviewed(assignment, page, reviewer.reviewerId(), done, counted, reviewer.token(), settings.lease()));
    }

    public AssignmentProgress progress(Assignment assignment) {
        return redis.call(() -> sets.progress(assignment.id())).orElseGet(() ->
                new AssignmentProgress(mysql.total(assignment.id()), mysql.done(assignment.id(), assignment.threshold())));
    }

    /** Page ids found in Redis that MySQL no longer has, since start. */
    public long staleRemoved() {
        return staleRemoved.get();
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

        @Override
        public boolean lease(long page, int counted, boolean share) {
            return sets.lease(assignment.id(), page, visitor.token(), counted, assignment.threshold(), share, settings.lease());
        }
    }

    private final class MysqlCandidates implements NextPageSelector.Candidates {

        private final Assignment assignment;
        private final Visitor visitor;
        private boolean exhausted;

        MysqlCandidates(Assignment assignment, Visitor visitor) {
            this.assignment = assignment;
            this.visitor = visitor;
        }

        @Override
        public List<Long> sample(int count) {
            long start = ThreadLocalRandom.current().nextLong(mysql.maxPageId() + 1);
            List<Long> pages = new ArrayList<>(mysql.openFrom(assignment.id(), reviewerOf(visitor), assignment.threshold(), start, count));
            if (pages.size() < count) {
                pages.addAll(mysql.openBefore(assignment.id(), reviewerOf(visitor), assignment.threshold(), start, count - pages.size()));
                exhausted = pages.size() < count;
            }
            return pages;
        }

        // A sample smaller than asked for held every page left: asking again would find the same pages.
        @Override
        public List<Long> sampleUnseen(int count) {
            return exhausted ? List.of() : sample(count);
        }

        // The sample read the count already, but a page may have been reviewed since: read it again.
        @Override
        public int counted(long page) {
            return mysql.counted(page, reviewerOf(visitor));
        }

        @Override
        public void invalid(long page) {
        }

        @Override
        public boolean lease(long page, int counted, boolean share) {
            return localLeases.lease(assignment.id(), page, visitor.token(), counted, assignment.threshold(), share, settings.lease());
        }
    }
}
