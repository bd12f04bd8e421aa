package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.Reference;
import org.experimentlog.persistence.AoDepartmentRepository;
import org.experimentlog.persistence.AoExperimentRepository;
import org.experimentlog.persistence.AoOutcomeRepository;
import org.experimentlog.testing.ao.AoDatabase;
import org.experimentlog.web.ui.library.LibraryPageBuilder;
import org.experimentlog.web.ui.library.LibraryPageView;
import org.experimentlog.web.ui.outcomes.OutcomeDetailView;
import org.experimentlog.web.ui.outcomes.OutcomeListView;
import org.experimentlog.web.ui.outcomes.OutcomePageBuilder;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The outcome page's data is a fixed number of SQL statements whatever the number of measurements
 * and linked experiments: measured through the page's view builder, as the outcomes servlet calls
 * it, on real Active Objects.
 */
public class OutcomePageStatementCountTest {
    /**
     * The outcome, its measurements, the links, their experiments, their iterations, and the
     * departments.
     */
    private static final int STATEMENTS = 7;

    private static final int LIST_STATEMENTS = 6;
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UserRef PIA = new UserRef("pia");

    private AoDatabase database;
    private SandboxComponents components;
    private OutcomePageBuilder target;
    private DepartmentId product;
    private int nextIssue;

    @Before
    public void setUp() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:outcome-page-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        components = SandboxComponents.wire(SandboxDirectory.load(), database);
        target = components.component(OutcomePageBuilder.class);
        product =
                new AoDepartmentRepository(database.activeObjects())
                        .save(Department.create("Product", null))
                        .requireId();
    }

    @After
    public void tearDown() {
        components.close();
        database.close();
    }

    @Test
    public void
            detail_shouldIssueTheSameStatements_for1And10LinkedExperimentsAnd2And60Measurements() {
        OutcomeId few = outcomeWith(1, 2);
        OutcomeId many = outcomeWith(10, 60);

        int forFew = statementsToView(few, 1, 2);
        int forMany = statementsToView(many, 30, 60);

        assertEquals(
                "statements for few vs many: " + database.statements().statements(),
                forFew,
                forMany);
        assertEquals(STATEMENTS, forMany);
    }

    /**
     * The outcomes list: the outcomes, the links and their experiments, the latest measurements
     * (joined to their outcome rows), the departments. The measurements read are one per outcome,
     * not all of them.
     */
    @Test
    public void list_shouldIssueTheSameStatements_for2And60MeasurementsPerOutcome() {
        outcomeWith(1, 2);
        int forFew = statementsToList(1);
        outcomeWith(10, 60);
        outcomeWith(3, 60);

        int forMany = statementsToList(3);

        assertEquals(
                "statements for few vs many: " + database.statements().statements(),
                forFew,
                forMany);
        assertEquals(LIST_STATEMENTS, forMany);
    }

    /**
     * The library page without a query: five statements, of which its filters need only the
     * outcomes and the departments; none reads measurements, outcome links or experiments (the
     * outcomes catalogue did, for titles).
     */
    @Test
    public void libraryPage_shouldReadOnlyOutcomesAndDepartments_forItsFilters() {
        outcomeWith(10, 60);
        LibraryPageBuilder library = components.component(LibraryPageBuilder.class);
        CurrentUser.as("pia", () -> library.page(field -> null));
        database.statements().reset();

        LibraryPageView view = CurrentUser.as("pia", () -> library.page(field -> null));

        assertEquals(1, view.getOutcomeOptions().size());
        assertEquals(1, view.getDepartmentOptions().size());
        assertEquals(
                "statements: " + database.statements().statements(),
                5,
                database.statements().count());
        for (String statement : database.statements().statements()) {
            assertFalse(
                    statement,
                    statement.matches(
                            "(?s).*\\bAO_\\w+?_(MEASUREMENT|OUTCOME_LINK|EXPERIMENT)\\b.*"));
        }
    }

    private int statementsToList(int outcomes) {
        CurrentUser.as("pia", () -> target.list(null, null));
        database.statements().reset();

        OutcomeListView view = CurrentUser.as("pia", () -> target.list(null, null));

        assertEquals(outcomes, view.getRows().size());
        return database.statements().count();
    }

    private int statementsToView(OutcomeId outcome, int iterations, int measurements) {
        CurrentUser.as("pia", () -> target.detail(outcome));
        database.statements().reset();

        OutcomeDetailView view = CurrentUser.as("pia", () -> target.detail(outcome));

        assertEquals(iterations, view.getIterations().size());
        assertEquals(measurements, view.getHistory().size());
        return database.statements().count();
    }

    /**
     * An outcome measured monthly, linked to experiments in PERMIT with three iterations each (one
     * when alone).
     */
    private OutcomeId outcomeWith(int experiments, int measurements) {
        return database.activeObjects()
                .executeInTransaction(
                        () -> {
                            AoOutcomeRepository outcomes =
                                    new AoOutcomeRepository(database.activeObjects());
                            AoExperimentRepository repository =
                                    new AoExperimentRepository(database.activeObjects());
                            Outcome outcome =
                                    outcomes.save(
                                            Outcome.define(
                                                    "Completion " + experiments,
                                                    "Online applications finished",
                                                    Metric.preset(MetricKind.COMPLETION_RATE),
                                                    new Reference(60, LocalDate.of(2020, 1, 1)),
                                                    new Reference(80, LocalDate.of(2027, 1, 1)),
                                                    product,
                                                    PIA,
                                                    NOW));
                            for (int m = 0; m < measurements; m++) {
                                outcomes.add(
                                        Measurement.record(
                                                outcome,
                                                60 + m % 10,
                                                LocalDate.of(2021, 1, 1).plusMonths(m),
                                                null,
                                                PIA,
                                                NOW,
                                                LocalDate.of(2026, 3, 1)));
                            }
                            for (int e = 0; e < experiments; e++) {
                                nextIssue++;
                                Experiment experiment =
                                        repository.save(
                                                Experiment.open(
                                                                new IssueRef(
                                                                        nextIssue,
                                                                        "PERMIT-" + nextIssue),
                                                                PIA,
                                                                NOW)
                                                        .withOutcomes(
                                                                List.of(
                                                                        new OutcomeLink(
                                                                                outcome.requireId(),
                                                                                ExpectedDirection
                                                                                        .INCREASE))));
                                List<Iteration> existing = new ArrayList<>();
                                for (int i = 0; i < (experiments == 1 ? 1 : 3); i++) {
                                    existing.add(
                                            repository.save(
                                                    Iteration.next(
                                                            experiment,
                                                            existing,
                                                            "Round " + (i + 1),
                                                            LocalDate.of(2026, 1, 1).plusWeeks(i),
                                                            LocalDate.of(2026, 1, 7)
                                                                    .plusWeeks(i))));
                                }
                            }
                            return outcome.requireId();
                        });
    }
}
