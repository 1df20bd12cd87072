package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code tools/rebuild [--family F] [--assignment SLUG]}: rebuilds the denormalised copies from MySQL's truth; exit code 2 on an error. */
@Prototype
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Rebuilds the denormalised families from MySQL's truth: all of them, one family, or one assignment's copies; exits 2 on an error.")
public class RebuildCommand implements Callable<Integer> {

    @Option(names = "--family", description = "Only this family (pages, done, open, seen, fallback, built, tagged).")
    String family;

    @Option(names = "--assignment", description = "Only this assignment (its slug).")
    String assignment;

    private final Denormalizer denormalizer;
    private final TaggedPages taggedPages;
    private final AssignmentRepository assignments;

    RebuildCommand(Denormalizer denormalizer, TaggedPages taggedPages, AssignmentRepository assignments) {
        this.denormalizer = denormalizer;
        this.taggedPages = taggedPages;
        this.assignments = assignments;
    }

    @Override
    public Integer call() {
        boolean tagged = KeyFamily.TAGGED.name().equals(family);
        if (tagged && assignment != null) {
            System.err.println("rebuild: tagged is one table for every assignment; run it without --assignment");
            return 2;
        }
        if (assignment == null && (family == null || tagged)) {
            long started = System.nanoTime();
            taggedPages.rebuild();
            System.out.printf("rebuilt tagged_page in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            if (family != null) {
                return 0;
            }
        }
        List<KeyFamily> families = KeyFamily.REBUILT;
        if (family != null) {
            KeyFamily chosen = KeyFamily.REBUILT.stream().filter(f -> f.name().equals(family)).findFirst().orElse(null);
            if (chosen == null) {
                System.err.println("rebuild: no family " + family + "; families: "
                        + String.join(", ", KeyFamily.REBUILT.stream().map(KeyFamily::name).toList()) + ", tagged");
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
