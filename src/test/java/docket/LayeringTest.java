package docket;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Which package may use which: features use each other one way only, the shared plumbing knows no
 * feature, the screens and tools on top are used by nothing below them, and the copies of data kept
 * outside MySQL's tables are written by denorm/ alone.
 */
@AnalyzeClasses(packages = "docket", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String[] PLUMBING = {"docket.web..", "docket.embedded..", "docket.events.."};

    private static final DescribedPredicate<JavaClass> A_FEATURE =
            resideInAPackage("docket.*..").and(resideOutsideOfPackages(PLUMBING)).as("a feature");

    @ArchTest
    static final ArchRule featuresUseEachOtherOneWayOnly = slices().matching("docket.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule thePlumbingUsesNoFeature = noClasses().that().resideInAnyPackage(PLUMBING)
            .should().dependOnClassesThat(A_FEATURE);

    @ArchTest
    static final ArchRule onlyTheApplicationUsesTheHomePage = usedOnlyByTheApplication("home");

    @ArchTest
    static final ArchRule onlyTheApplicationUsesTheBrowsingScreens = usedOnlyByTheApplication("browse");

    @ArchTest
    static final ArchRule onlyTheApplicationUsesTheDemo = usedOnlyByTheApplication("demo");

    // The demo opens the desk to a newcomer: it creates the first editor account and shows its password.
    @ArchTest
    static final ArchRule onlyTheApplicationAndTheDemoUseTheEditorDesk = usedOnlyByTheApplication("editor", "demo");

    // Features publish events and denorm/ listens. community/ and limits/ keep Redis families of their own
    // (leaderboards, buckets) and next/ reads the sets, through denorm/'s keys and gate.
    @ArchTest
    static final ArchRule featuresPublishEventsInsteadOfWritingDerivedData = noClasses()
            .that().resideInAnyPackage("docket.catalog..", "docket.tag..", "docket.assignment..", "docket.review..",
                    "docket.editor..", "docket.results..")
            .should().dependOnClassesThat().resideInAPackage("docket.denorm..");

    /** The feature's classes are used by each other, by the application's (Tools, Application) and by {@code also}'s only. */
    private static ArchRule usedOnlyByTheApplication(String feature, String... also) {
        String[] users = Stream.concat(Stream.of("docket", "docket." + feature + ".."),
                Stream.of(also).map(other -> "docket." + other + "..")).toArray(String[]::new);
        return classes().that().resideInAPackage("docket." + feature + "..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(users);
    }
}
