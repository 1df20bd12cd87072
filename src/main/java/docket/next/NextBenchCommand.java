package docket.next;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.assignment.ScopeQueries;
import docket.denorm.AssignmentSets;
import docket.denorm.Denormalizer;
import docket.denorm.KeyFamily;
import docket.denorm.RedisKeys;
import docket.web.Visitor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code tools/bench next}: the time to pick the next page, for four strategies side by side on the
 * same data — ORDER BY RAND() in MySQL, a full SDIFFSTORE per click, Docket's selector over Redis, and
 * the same selector over MySQL's {@code assignment_open} as while Redis is away — with half of each
 * assignment done. The synthetic pages are removed afterwards.
 */
@Prototype
@Command(name = "next", mixinStandardHelpOptions = true,
        description = "Benchmarks next-page selection at several corpus sizes, over Redis and over MySQL as while Redis is away, and prints p50 and p99 per strategy.")
public class NextBenchCommand implements Callable<Integer> {

    private static final long BENCH_REVIEWER = 0;
    private static final int WARM_UP = 20_000;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
            description = "Pages in the assignment, comma-separated (at most 1,000,000). Default: ${DEFAULT-VALUE}.")
    int[] sizes;

    @Option(names = "--samples", defaultValue = "5000", description = "Clicks measured for Docket's selector. Default: ${DEFAULT-VALUE}.")
    int samples;

    private final BenchQueries bench;
    private final AssignmentRepository assignments;
    private final ScopeQueries scope;
    private final Denormalizer denormalizer;
    private final AssignmentSets sets;
    private final NextPageService next;
    private final RedisCommands<String, String> redis;

    NextBenchCommand(BenchQueries bench, AssignmentRepository assignments, ScopeQueries scope, Denormalizer denormalizer,
                     AssignmentSets sets, NextPageService next, RedisClient client) {
        this.bench = bench;
        this.assignments = assignments;
        this.scope = scope;
        this.denormalizer = denormalizer;
        this.sets = sets;
        this.next = next;
        // A connection of its own: a full SDIFFSTORE at a million pages outlasts the application's short timeout.
        this.redis = client.connect().sync();
    }

    @Override
    public Integer call() {
        System.out.printf("%-10s %-26s %8s %10s %10s %10s%n", "pages", "strategy", "samples", "p50 ms", "p90 ms", "p99 ms");
        for (int size : sizes) {
            String slug = "bench-" + size + "-" + System.currentTimeMillis();
            Assignment assignment = setUp(slug, size);
            try {
                Visitor visitor = new Visitor("bench", BENCH_REVIEWER);
                // Warm up first: until the JIT has compiled the hot path, the first size of a run looks slower.
                measure(WARM_UP, () -> next.next(assignment, visitor));
                double[] docket = measure(samples, () -> next.next(assignment, visitor));
                measure(WARM_UP / 10, () -> next.fromMysql(assignment, visitor));
                double[] fallback = measure(samples, () -> next.fromMysql(assignment, visitor));
                int slow = Math.max(10, Math.min(200, 2_000_000 / size));
                print(size, "ORDER BY RAND() (v1)", measure(slow,
                        () -> bench.orderByRand(assignment.id(), BENCH_REVIEWER)));
                String naive = RedisKeys.unseen(assignment.id(), "bench-naive");
                print(size, "SDIFFSTORE per click (v2)", measure(slow, () -> {
                    redis.sdiffstore(naive, RedisKeys.pages(assignment.id()), RedisKeys.done(assignment.id()),
                            RedisKeys.seen(assignment.id(), BENCH_REVIEWER));
                    return redis.srandmember(naive);
                }));
                print(size, "Docket's selector", docket);
                print(size, "Docket's MySQL fallback", fallback);
            } finally {
                sets.drop(assignment.id());
                assignments.delete(assignment);
                bench.removeMember(slug);
            }
        }
        System.out.printf("machine: %d cores, %s %s, Java %s; the selector runs in-process against Redis and MySQL on loopback%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        return 0;
    }

    /** A member with {@code size} pages, an assignment over them, its sets built, and half of it marked done. */
    private Assignment setUp(String slug, int size) {
        long started = System.nanoTime();
        bench.addMember(slug);
        long member = bench.memberId(slug).orElseThrow();
        bench.addDocument(member, slug);
        bench.addPages(bench.documentId(member), slug, size);
        Assignment assignment = assignments.save(new Assignment(null, slug, "Benchmark", "Synthetic pages.", 1, AssignmentState.DRAFT, Featuring.NONE, 0));
        assignments.addMember(assignment.id(), member);
        denormalizer.rebuild(assignment, KeyFamily.REBUILT);
        // Half done, as in the measurement that motivated the design: 1,000,000 pages minus 500,000 done.
        List<Long> pages = scope.pagesInScope(assignment.id());
        bench.markDone(assignment.id(), pages.get(pages.size() / 2 - 1));
        String[] done = pages.subList(0, pages.size() / 2).stream().map(String::valueOf).toArray(String[]::new);
        for (int from = 0; from < done.length; from += 10_000) {
            String[] batch = Arrays.copyOfRange(done, from, Math.min(done.length, from + 10_000));
            redis.sadd(RedisKeys.done(assignment.id()), batch);
            redis.srem(RedisKeys.open(assignment.id()), batch);
        }
        System.err.printf("(%,d pages set up in %d s)%n", size, (System.nanoTime() - started) / 1_000_000_000);
        return assignment;
    }

    private static double[] measure(int count, Supplier<?> selection) {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            if (selection.get() == null) {
                throw new IllegalStateException("a strategy found no page");
            }
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(int size, String strategy, double[] sorted) {
        System.out.printf(Locale.ROOT, "%-10s %-26s %8d %10.2f %10.2f %10.2f%n", String.format(Locale.ROOT, "%,d", size), strategy,
                sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.ceil(sorted.length * p) - 1];
    }
}
