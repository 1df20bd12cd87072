package docket.results;

import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code tools/bench feeds}: the time to read the first, a middle and the last page of a tag list of
 * N pages, in order and most tagged, with Docket's keyset query ({@link ResultQueries#page}) and with
 * the same query paged by OFFSET ({@link ResultQueries#pageAt}), side by side. Two combinations of
 * the same tag are measured too: a party holding all but a thousand of its pages, and a member
 * holding those thousand, spread through the list. The synthetic rows are removed afterwards.
 */
@Prototype
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Benchmarks reading pages of a large tag list, keyset against OFFSET, and prints p50 and p99.")
public class FeedsBenchCommand implements Callable<Integer> {

    private static final int LIMIT = TagLists.DEFAULT_LIMIT;
    private static final int WARM_UP = 20;
    private static final int MIN_SAMPLES = 5;
    // OFFSET deep in a million rows takes about a second a read: a time budget keeps the run to minutes.
    private static final long WARM_UP_BUDGET = Duration.ofSeconds(3).toNanos();
    private static final long SAMPLE_BUDGET = Duration.ofSeconds(15).toNanos();

    @Option(names = "--rows", defaultValue = "1000000", description = "Pages in the list. Default: ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--samples", defaultValue = "200",
            description = "Reads measured per cell, fewer when they take over 15 s in all (at least 5). Default: ${DEFAULT-VALUE}.")
    int samples;

    private final FeedBenchQueries bench;
    private final ResultQueries queries;
    private final ResultSettings settings;

    FeedsBenchCommand(FeedBenchQueries bench, ResultQueries queries, ResultSettings settings) {
        this.bench = bench;
        this.queries = queries;
        this.settings = settings;
    }

    private record Position(String name, long offset) {
    }

    /** A list to measure, with its length. */
    private record Measured(String name, TagList list, long rows) {
    }

    @Override
    public Integer call() {
        if (rows < 1 || samples < 1) {
            System.err.println("--rows and --samples must be at least 1.");
            return 2;
        }
        String slug = "bench-feeds-" + System.currentTimeMillis();
        try {
            System.out.printf("%-8s %10s %-12s %-7s %10s %11s %11s %11s %11s %9s%n", "list", "rows", "order", "page", "offset",
                    "keyset p50", "keyset p99", "OFFSET p50", "OFFSET p99", "samples");
            for (Measured measured : setUp(slug)) {
                long length = measured.rows();
                List<Position> positions = List.of(new Position("first", 0), new Position("middle", length / 2 / LIMIT * LIMIT),
                        new Position("last", (length - 1L) / LIMIT * LIMIT));
                for (ListOrder order : List.of(ListOrder.IN_ORDER, ListOrder.MOST_TAGGED)) {
                    for (Position position : positions) {
                        compare(measured, order, position);
                    }
                }
            }
        } finally {
            long started = System.nanoTime();
            remove(slug);
            System.err.printf("(synthetic rows removed in %d s)%n", (System.nanoTime() - started) / 1_000_000_000);
        }
        System.out.printf("pages of %d; the list's tagged_page rows are inserted directly, not through reviews%n", LIMIT);
        System.out.printf("machine: %d cores, %s %s, Java %s (%s), %s; in-process, the database on loopback%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), bench.databaseVersion());
        return 0;
    }

    /**
     * A new inactive tag whose list has {@code rows} pages: all but a thousand (a tenth, for small runs)
     * are a big member's, of a party of their own; the others a small member's, of another party.
     */
    private List<Measured> setUp(String slug) {
        long started = System.nanoTime();
        long small = Math.min(1000, Math.max(1, rows / 10));
        long big = rows - small;
        // Inactive, so that no reviewer is offered the tag while the benchmark runs against a live database.
        bench.addTag(slug);
        long tag = bench.tagId(slug).orElseThrow();
        // Everything a day and more in the past, well before the list settles.
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1)).minusSeconds(rows);
        String smallSlug = slug + "-small";
        addTagged(slug, big, tag, 1, start);
        addTagged(smallSlug, small, tag, big / small, start);
        System.err.printf("(%,d pages tagged in %d s)%n", rows, (System.nanoTime() - started) / 1_000_000_000);
        return List.of(
                new Measured("tag", new TagList(ListScope.ALL, null, 0, null, tag, slug, slug), rows),
                new Measured("party", new TagList(ListScope.PARTY, slug, bench.partyId(slug), slug, tag, slug, slug), big),
                new Measured("member", new TagList(ListScope.MEMBER, smallSlug, bench.memberId(smallSlug), smallSlug, tag, slug, slug), small));
    }

    /** A party, member and document with {@code pages} pages, all in the tag's list, {@code every} seconds apart. */
    private void addTagged(String slug, long pages, long tag, long every, Instant start) {
        bench.addParty(slug);
        bench.addMember(slug);
        bench.addDocument(slug);
        long document = bench.documentId(slug);
        for (long from = 0; from < pages; from += FeedBenchQueries.PAGE_BATCH) {
            bench.addPages(document, slug, from, (int) Math.min(FeedBenchQueries.PAGE_BATCH, pages - from));
        }
        long stride = 7919;
        while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(pages)).intValue() != 1) {
            stride += 2;
        }
        bench.tagPages(tag, document, pages, stride, every, start);
    }

    private void remove(String slug) {
        bench.tagId(slug).ifPresent(bench::untagAll);
        bench.removeTag(slug);
        for (String each : List.of(slug, slug + "-small")) {
            bench.removeMember(each);
            bench.removeParty(each);
        }
    }

    /**
     * One row of the table. The keyset read starts from the cursor of the item just before the
     * position, as a reader who paged there holds it; both reads must return the same pages.
     */
    private void compare(Measured measured, ListOrder order, Position position) {
        TagList list = measured.list();
        Instant settled = Instant.now().minus(settings.settle());
        // One more than shown, as TagLists reads to know whether another page follows.
        Supplier<List<ListedPage>> offset = () -> queries.pageAt(list, order, position.offset(), LIMIT + 1, settled);
        ListCursor cursor = position.offset() == 0 ? ListCursor.start(order)
                : ListCursor.after(order, queries.pageAt(list, order, position.offset() - 1, 1, settled).get(0));
        Supplier<List<ListedPage>> keyset = () -> queries.page(list, order, cursor, LIMIT + 1, settled);
        List<Long> expected = ids(offset.get());
        if (expected.isEmpty() || !expected.equals(ids(keyset.get()))) {
            throw new IllegalStateException("keyset and OFFSET read different pages at " + order.param() + " offset " + position.offset());
        }
        double[] byKeyset = measure(keyset);
        double[] byOffset = measure(offset);
        System.out.printf(Locale.ROOT, "%-8s %10s %-12s %-7s %10s %11.2f %11.2f %11.2f %11.2f %9s%n", measured.name(),
                String.format(Locale.ROOT, "%,d", measured.rows()),
                order.param(), position.name(), String.format(Locale.ROOT, "%,d", position.offset()),
                percentile(byKeyset, 0.50), percentile(byKeyset, 0.99), percentile(byOffset, 0.50), percentile(byOffset, 0.99),
                byKeyset.length + "/" + byOffset.length);
    }

    private static List<Long> ids(List<ListedPage> items) {
        return items.stream().map(ListedPage::id).toList();
    }

    private double[] measure(Supplier<List<ListedPage>> read) {
        long warmUntil = System.nanoTime() + WARM_UP_BUDGET;
        for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() < warmUntil); i++) {
            read.get();
        }
        double[] millis = new double[samples];
        int count = 0;
        long until = System.nanoTime() + SAMPLE_BUDGET;
        while (count < samples && (count < MIN_SAMPLES || System.nanoTime() < until)) {
            long started = System.nanoTime();
            read.get();
            millis[count++] = (System.nanoTime() - started) / 1e6;
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.ceil(sorted.length * p) - 1];
    }
}
