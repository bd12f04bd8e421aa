package org.experimentlog.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

/**
 * The dependency rule for test code: unit tests and the shared fixtures in {@code testing} never
 * reach into the sandbox host, so they run without it (fast, in {@code mvn test}) and a change to
 * the sandbox cannot change what a unit test proves. Shared fakes (the i18n resolver on the real
 * bundles, the descriptor reader) live in {@code testing}; only the sandbox's own tests and the
 * benchmarks, which start the sandbox, use it.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "org.experimentlog", importOptions = ImportOption.OnlyIncludeTests.class)
public class TestDependencyRuleTest {
    @ArchTest
    public static final ArchRule unitTestsDoNotUseTheSandbox =
            noClasses()
                    .that()
                    .resideOutsideOfPackages(
                            "org.experimentlog.sandbox..", "org.experimentlog.benchmark..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.experimentlog.sandbox..")
                    .because(
                            "unit tests use the fakes in org.experimentlog.testing, not the sandbox host");

    @ArchTest
    public static final ArchRule unitTestsFollowTheMainDependencyRule =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.experimentlog.domain..",
                            "org.experimentlog.app..",
                            "org.experimentlog.stats..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.experimentlog.persistence..",
                            "org.experimentlog.web..",
                            "org.experimentlog.jira..",
                            "org.experimentlog.sandbox..")
                    .because(
                            "a use case's test sees what the use case sees: the domain, the ports and the shared fixtures");
}
