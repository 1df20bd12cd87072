package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tools/verify [--assignment SLUG]}: compares every family with MySQL's truth; exit code 1 on drift, 2 on an error. */
@Prototype
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Compares every denormalised family with MySQL's truth and prints the drift per family; exits 0 when clean, 1 on drift, 2 on an error (Redis or the database away, an unknown assignment).")
public class VerifyCommand implements Callable<Integer> {

    @Option(names = "--assignment", description = "Only this assignment (its slug).")
    String assignment;

    private final Denormalizer denormalizer;
    private final TaggedPages taggedPages;
    private final AssignmentRepository assignments;

    VerifyCommand(Denormalizer denormalizer, TaggedPages taggedPages, AssignmentRepository assignments) {
        this.denormalizer = denormalizer;
        this.taggedPages = taggedPages;
        this.assignments = assignments;
    }

    @Override
    public Integer call() {
        List<Assignment> which = Selection.assignments(assignments, assignment);
        if (which == null) {
            System.err.println("verify: no assignment " + assignment);
            return 2;
        }
        Map<String, Drift> drift = denormalizer.verify(which);
        if (assignment == null) {
            drift.put(KeyFamily.TAGGED.name(), taggedPages.verify());
        }
        System.out.printf("%-8s %10s %10s%n", "family", "missing", "extra");
        drift.forEach((family, d) -> System.out.printf("%-8s %10d %10d%n", family, d.missing(), d.extra()));
        boolean clean = drift.values().stream().allMatch(Drift::clean);
        System.out.println(clean ? "no drift in " + which.size() + " assignments"
                : "DRIFT: run tools/rebuild to rebuild the copies from MySQL");
        return clean ? 0 : 1;
    }
}
