package org.experimentlog.persistence;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Learnings.aLearning;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.experimentlog.app.port.ExperimentFilter;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.Reference;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

/**
 * The selection behind the JQL functions, on H2 and PostgreSQL: each criterion selects the right
 * issues, each once, in one SQL statement whether one experiment matches or fifty.
 */
public class AoExperimentSelectionTest extends RepositoryContract {
    private static final OutcomeId COMPLETION = new OutcomeId(7);
    private static final OutcomeId SPEED = new OutcomeId(8);

    private AoExperimentSelection target;
    private BulkRows rows;
    private int nextIssue;

    @Before
    public void setUp() {
        target = new AoExperimentSelection(ao);
        rows = new BulkRows(ao);
    }

    @Test
    public void issuesMatching_shouldSelectTheExperimentsInTheStage() {
        List<Experiment> stored =
                experiments(
                        List.of(
                                anExperiment().running(),
                                anExperiment().designing(),
                                anExperiment().running()));

        List<IssueRef> found = target.issuesMatching(new ExperimentFilter.InStage(Stage.RUNNING));

        assertEquals(List.of(stored.get(0).issue(), stored.get(2).issue()), found);
    }

    @Test
    public void issuesMatching_shouldSelectTheConcludedExperimentsWithTheVerdict() {
        List<Experiment> stored =
                experiments(
                        List.of(
                                anExperiment().concludedAs(Verdict.INVALIDATED),
                                anExperiment().concludedAs(Verdict.VALIDATED),
                                anExperiment().abandoned()));

        List<IssueRef> found =
                target.issuesMatching(new ExperimentFilter.WithVerdict(Verdict.INVALIDATED));

        assertEquals(List.of(stored.get(0).issue()), found);
    }

    @Test
    public void issuesMatching_shouldSelectTheExperimentsOfTheDepartment() {
        List<Experiment> stored =
                experiments(
                        List.of(
                                anExperiment()
                                        .inDepartments(Departments.POLICY, Departments.DESIGN),
                                anExperiment().inDepartments(Departments.PRODUCT),
                                anExperiment().inDepartments(Departments.POLICY)));

        List<IssueRef> found =
                target.issuesMatching(new ExperimentFilter.ForDepartment(Departments.POLICY));

        assertEquals(List.of(stored.get(0).issue(), stored.get(2).issue()), found);
    }

    @Test
    public void issuesMatching_shouldSelectEachExperimentOnce_whenItAimsAtSeveralOfTheOutcomes() {
        List<Experiment> stored =
                experiments(
                        List.of(
                                anExperiment().aimingAt(link(COMPLETION), link(SPEED)),
                                anExperiment().aimingAt(link(SPEED)),
                                anExperiment().aimingAt(link(new OutcomeId(9)))));

        List<IssueRef> found =
                target.issuesMatching(new ExperimentFilter.ForOutcomes(Set.of(COMPLETION, SPEED)));

        assertEquals(List.of(stored.get(0).issue(), stored.get(1).issue()), found);
    }

    @Test
    public void
            issuesMatching_shouldSelectEachExperimentOnce_whenSeveralOfItsLearningsCarryTheTag() {
        List<Experiment> stored =
                experiments(
                        List.of(
                                anExperiment().concluded(),
                                anExperiment().concluded(),
                                anExperiment().concluded()));
        learnings(
                List.of(
                        learning(stored.get(0), "forms", "trust"),
                        learning(stored.get(0), "forms"),
                        learning(stored.get(1), "trust"),
                        learning(stored.get(2), "Forms")),
                stored);

        List<IssueRef> found =
                target.issuesMatching(new ExperimentFilter.WithLearningTag(new Tag("forms")));

        assertEquals(List.of(stored.get(0).issue(), stored.get(2).issue()), found);
    }

    @Test
    public void issuesMatching_shouldIssueOneStatement_forOneAndForFiftyMatches() {
        List<Experiment> few =
                experiments(List.of(anExperiment().concluded().inDepartments(Departments.DESIGN)));
        learnings(List.of(learning(few.get(0), "forms")), few);
        int forOne = statementsFor(new ExperimentFilter.WithLearningTag(new Tag("forms")), 1);
        List<Experiments> many = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            many.add(anExperiment().concluded().inDepartments(Departments.DESIGN));
        }
        List<Experiment> more = experiments(many);
        learnings(more.stream().map(e -> learning(e, "forms")).toList(), more);

        int forFifty = statementsFor(new ExperimentFilter.WithLearningTag(new Tag("forms")), 50);

        assertEquals(1, forOne);
        assertEquals(1, forFifty);
        assertEquals(1, statementsFor(new ExperimentFilter.ForDepartment(Departments.DESIGN), 50));
        assertEquals(1, statementsFor(new ExperimentFilter.InStage(Stage.CONCLUDED), 50));
    }

    @Test
    public void outcomesNamed_shouldFindAnOutcomeByIdOrByTitleIgnoringCase() {
        OutcomeId online = outcome("Permits applied for online");
        outcome("Calls answered");

        assertEquals(Set.of(online), target.outcomesNamed(Long.toString(online.value())));
        assertEquals(Set.of(online), target.outcomesNamed(" permits APPLIED for online "));
        assertEquals(Set.of(), target.outcomesNamed("Permits"));
        assertEquals(Set.of(), target.outcomesNamed("999999"));
    }

    private OutcomeId outcome(String title) {
        return new AoOutcomeRepository(ao)
                .save(
                        Outcome.define(
                                title,
                                "Share of applications",
                                Metric.preset(MetricKind.COMPLETION_RATE),
                                new Reference(60, LocalDate.of(2026, 1, 1)),
                                new Reference(80, LocalDate.of(2027, 1, 1)),
                                Departments.PRODUCT,
                                Users.MARIA,
                                NOW))
                .requireId();
    }

    private int statementsFor(ExperimentFilter filter, int expected) {
        database.statements().reset();

        List<IssueRef> found = target.issuesMatching(filter);

        assertEquals(expected, found.size());
        return database.statements().count();
    }

    private List<Experiment> experiments(List<Experiments> builders) {
        List<Experiment> built = new ArrayList<>();
        for (Experiments builder : builders) {
            nextIssue++;
            built.add(builder.onIssue(10_000 + nextIssue, "PERMIT-" + nextIssue).build());
        }
        return rows.experiments(built);
    }

    private void learnings(List<Learning> learnings, List<Experiment> experiments) {
        Map<ExperimentId, Experiment> byId =
                experiments.stream()
                        .collect(Collectors.toMap(Experiment::requireId, Function.identity()));
        rows.learnings(learnings, byId::get);
    }

    private static Learning learning(Experiment experiment, String... tags) {
        return aLearning().ofExperiment(experiment.requireId().value()).taggedWith(tags).build();
    }

    private static OutcomeLink link(OutcomeId outcome) {
        return new OutcomeLink(outcome, ExpectedDirection.INCREASE);
    }
}
