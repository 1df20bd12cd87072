package docket;

import docket.next.NextBenchCommand;
import docket.results.FeedsBenchCommand;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;

/**
 * {@code tools/bench}: the benchmarks behind the performance targets in the README, each kept beside the
 * feature it measures (it reaches code that feature keeps to itself); only this umbrella knows them all.
 */
@Prototype
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {NextBenchCommand.class, FeedsBenchCommand.class},
        description = "Benchmarks that print a table; see the README for the latest figures.")
public class BenchCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Usage: tools/bench next [--sizes 10000,100000,1000000]");
        System.out.println("       tools/bench feeds [--rows 1000000]");
    }
}
