package org.experimentlog.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.experimentlog.persistence.SearchTerms;
import org.junit.runner.RunWith;
import org.springframework.stereotype.Component;

/**
 * The hexagon's dependency rule (DESIGN.md §2): the domain depends on nothing, use cases on the
 * domain, adapters on use cases, and only the Jira adapter touches Jira. A wrong import fails the
 * build here.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(
        packages = "org.experimentlog",
        importOptions = ImportOption.DoNotIncludeTests.class)
public class DependencyRuleTest {
    private static final String[] HOSTS_AND_FRAMEWORKS = {
        "com.atlassian..",
        "net.java.ao..",
        "jakarta.ws.rs..",
        "jakarta.servlet..",
        "org.apache.velocity..",
        "com.fasterxml.jackson..",
        "org.springframework..",
        "java.sql..",
        "javax.sql.."
    };

    @ArchTest
    public static final ArchRule domainDependsOnNothingOutsideTheJdk =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.domain..")
                    .should()
                    .dependOnClassesThat()
                    .resideOutsideOfPackages("org.experimentlog.domain..", "java..")
                    .because("the domain is plain Java: values, aggregates and rules");

    @ArchTest
    public static final ArchRule domainUsesNoJdbc =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.domain..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("java.sql..", "javax.sql..");

    /**
     * The one framework type use cases carry is Spring's {@code @Component}, the mark by which
     * Spring Scanner registers a component in Jira (fidelity audit D3); they call nothing of
     * Spring.
     */
    @ArchTest
    public static final ArchRule useCasesSeeOnlyTheDomainAndTheirPorts =
            noClasses()
                    .that()
                    .resideInAnyPackage("org.experimentlog.app..", "org.experimentlog.stats..")
                    .should()
                    .dependOnClassesThat(
                            resideInAnyPackage(HOSTS_AND_FRAMEWORKS)
                                    .and(not(equivalentTo(Component.class))))
                    .because("use cases speak our own types only; adapters translate");

    @ArchTest
    public static final ArchRule useCasesDoNotKnowAdapters =
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
                            "org.experimentlog.jira..");

    @ArchTest
    public static final ArchRule onlyTheJiraAdapterTouchesJira =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.experimentlog.jira..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("com.atlassian.jira..")
                    .because("Jira types stay in the jira adapter");

    /**
     * The one exception is {@code jira.ComponentImports}, the list of host services Spring Scanner
     * imports (STYLE.md rule 4): it names the {@code ActiveObjects} service so that Jira can hand
     * it to the repositories, and uses nothing.
     */
    @ArchTest
    public static final ArchRule activeObjectsStaysInPersistence =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.experimentlog.persistence..")
                    .and()
                    .doNotHaveFullyQualifiedName("org.experimentlog.jira.ComponentImports")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                    .because(
                            "entities never leave persistence; repositories map them to domain objects");

    @ArchTest
    public static final ArchRule adaptersDoNotDependOnEachOther =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.persistence..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.experimentlog.web..", "org.experimentlog.jira..");

    /**
     * An upgrade task works on its own frozen copies of the entity shapes of its model version
     * ({@code persistence.upgrade.vN}), never on the live entities or repositories: a later change
     * to an entity must not change what an old upgrade does. The one exception is {@link
     * SearchTerms}, the stemming (not an entity): the terms an upgrade stores must be the ones the
     * live search looks for.
     */
    @ArchTest
    public static final ArchRule upgradeTasksUseOnlyTheirFrozenShapes =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.persistence.upgrade..")
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage("org.experimentlog.persistence")
                                    .and(not(equivalentTo(SearchTerms.class))))
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.experimentlog.domain..", "org.experimentlog.app..");

    @ArchTest
    public static final ArchRule webAndJiraDoNotUsePersistence =
            noClasses()
                    .that()
                    .resideInAnyPackage("org.experimentlog.web..", "org.experimentlog.jira..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.experimentlog.persistence..")
                    .because(
                            "adapters meet only in the use cases' ports; the container wires the repositories");

    @ArchTest
    public static final ArchRule restDoesNotUseThePages =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.web.rest..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.experimentlog.web.ui..")
                    .because("what both need (formatting for a reader) lives in web.format");

    @ArchTest
    public static final ArchRule pagesDoNotUseRest =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.web.ui..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.experimentlog.web.rest..");

    @ArchTest
    public static final ArchRule sharedWebCodeUsesNeitherRestNorPages =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.web.format..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.experimentlog.web.rest..", "org.experimentlog.web.ui..");

    @ArchTest
    public static final ArchRule pagePackagesHaveNoCycles =
            slices().matching("org.experimentlog.web.ui.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because("each page's package may use another page's views, never in a circle");

    @ArchTest
    public static final ArchRule sharedPageCodeUsesNoPage =
            noClasses()
                    .that()
                    .resideInAPackage("org.experimentlog.web.ui")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.experimentlog.web.ui.*..")
                    .because("PageRenderer, OptionView and JsonText serve every page");
}
