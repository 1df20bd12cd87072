package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code tools/rebuild [--family F] [--assignment SLUG]}: rebuilds Redis from MySQL. */
@Prototype
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Rebuilds the Redis key families from MySQL: all of them, one family, or one assignment's.")
public class RebuildCommand implements Callable<Integer> {

    @Option(names = "--family", description = "Only this family (pages, done, open, seen, built).")
    String family;

    @Option(names = "--assignment", description = "Only this assignment (its slug).")
    String assignment;

    private final Denormalizer denormalizer;
    private final AssignmentRepository assignments;

    RebuildCommand(Denormalizer denormalizer, AssignmentRepository assignments) {
        this.denormalizer = denormalizer;
        this.assignments = assignments;
    }

    @Override
    public Integer call() {
        List<KeyFamily> families = KeyFamily.REBUILT;
        if (family != null) {
            KeyFamily chosen = KeyFamily.REBUILT.stream().filter(f -> f.name().equals(family)).findFirst().orElse(null);
            if (chosen == null) {
                System.err.println("rebuild: no family " + family + "; families: "
                        + String.join(", ", KeyFamily.REBUILT.stream().map(KeyFamily::name).toList()));
                return 2;
            }
            families = List.of(chosen);
        }
        List<Assignment> which = Selection.assignments(assignments, assignment);
        if (which == null) {
            System.err.println("rebuild: no assignment " + assignment);
            return 2;
        }
        long started = System.nanoTime();
        for (Assignment a : which) {
            denormalizer.rebuild(a, families);
            System.out.printf("rebuilt %s of %s%n", families.stream().map(KeyFamily::name).toList(), a.slug());
        }
        System.out.printf("%d assignments rebuilt in %d ms%n", which.size(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
