package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.RawEntity;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.LinkedIteration;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.outcome.OutcomeId;
import org.junit.Before;
import org.junit.Test;

public class AoExperimentRepositoryTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");

    private AoExperimentRepository target;

    @Before
    public void setUp() {
        target = new AoExperimentRepository(ao);
    }

    private Experiment opened(long issueId, String key) {
        return target.save(Experiment.open(new IssueRef(issueId, key), ALICE, NOW));
    }

    private static Hypothesis complete() {
        return new Hypothesis(
                "a one-page permit form",
                "residents applying online",
                "more finished applications",
                "the old form asked for documents twice",
                "completion rises from 61% to 75%");
    }

    @Test
    public void save_shouldStoreEveryField_whenExperimentIsNew() {
        Experiment draft =
                Experiment.open(new IssueRef(10_001, "PERMIT-1"), ALICE, NOW)
                        .withHypothesis(complete())
                        .withMethod(Method.AB_TEST, "50/50 split on the online channel")
                        .withDepartments(Set.of(new DepartmentId(3), new DepartmentId(1)))
                        .withOutcomes(
                                List.of(
                                        new OutcomeLink(
                                                new OutcomeId(7), ExpectedDirection.INCREASE),
                                        new OutcomeLink(
                                                new OutcomeId(2), ExpectedDirection.DECREASE)));

        Experiment saved = target.save(draft);

        Experiment read = target.findByIssue(10_001).orElseThrow();
        assertEquals(saved.requireId(), read.requireId());
        assertEquals(1, read.version());
        assertEquals("PERMIT-1", read.issue().key());
        assertEquals(complete(), read.hypothesis());
        assertEquals(Method.AB_TEST, read.method().orElseThrow());
        assertEquals("50/50 split on the online channel", read.methodDetails().orElseThrow());
        assertEquals(Stage.DESIGNING, read.stage());
        assertEquals(Set.of(new DepartmentId(1), new DepartmentId(3)), read.departments());
        assertEquals(draft.outcomes(), read.outcomes());
        assertEquals(NOW, read.createdAt());
        assertEquals(ALICE, read.createdBy());
    }

    @Test
    public void save_shouldRefuse_whenIssueAlreadyHasAnExperiment() {
        opened(10_001, "PERMIT-1");

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> opened(10_001, "PERMIT-1"));

        assertEquals(
                "Could not open an experiment: issue PERMIT-1 already has one.", e.getMessage());
    }

    @Test
    public void save_shouldBumpVersion_whenUpdated() {
        Experiment stored = opened(10_001, "PERMIT-1");

        Experiment updated = target.save(stored.withHypothesis(complete()));

        assertEquals(2, updated.version());
        assertEquals(complete(), target.findByIssue(10_001).orElseThrow().hypothesis());
    }

    @Test
    public void
            save_shouldRaiseStaleVersion_andKeepTheFirstWrite_whenTwoWritersUseTheSameVersion() {
        Experiment stored = opened(10_001, "PERMIT-1");
        target.save(stored.withMethod(Method.PILOT, "first writer"));

        assertThrows(
                StaleVersionException.class,
                () -> target.save(stored.withMethod(Method.SURVEY, "second writer")));

        assertEquals(
                "first writer",
                target.findByIssue(10_001).orElseThrow().methodDetails().orElseThrow());
    }

    @Test
    public void save_shouldLetExactlyOneConcurrentWriterWin() throws Exception {
        Experiment stored = opened(10_001, "PERMIT-1");
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String details = "writer " + i;
            Callable<String> write =
                    () -> {
                        start.await();
                        try {
                            tx(() -> target.save(stored.withMethod(Method.PILOT, details)));
                            return details;
                        } catch (StaleVersionException e) {
                            return "stale";
                        }
                    };
            outcomes.add(pool.submit(write));
        }

        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<String> winners = results.stream().filter(r -> !r.equals("stale")).toList();
        assertEquals(results.toString(), 1, winners.size());
        Experiment read = target.findByIssue(10_001).orElseThrow();
        assertEquals(winners.get(0), read.methodDetails().orElseThrow());
        assertEquals(2, read.version());
    }

    @Test
    public void recordOf_shouldReturnIterationsResultsAndLearnings() {
        Experiment experiment = opened(10_001, "PERMIT-1");
        Iteration first =
                target.save(
                        Iteration.next(
                                experiment,
                                List.of(),
                                "shorter form",
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 3, 14)));
        Iteration second =
                target.save(
                        Iteration.next(
                                experiment, List.of(first), "plain-language help", null, null));
        target.save(
                Result.record(
                        experiment,
                        first,
                        new OutcomeId(5),
                        "Completion",
                        new ResultMeasure.Proportion(1000, 610, 1000, 680, 0.5),
                        "week 1-2",
                        ALICE,
                        NOW));
        target.save(
                Result.record(
                        experiment,
                        first,
                        null,
                        "Time to complete",
                        new ResultMeasure.Mean(200, 9.5, 3.1, 210, 7.2, 2.8),
                        null,
                        ALICE,
                        NOW));
        target.save(
                Result.record(
                        experiment,
                        second,
                        null,
                        "Call volume",
                        new ResultMeasure.Observed(420, 380, "calls/week"),
                        null,
                        ALICE,
                        NOW));
        target.save(
                Result.record(
                        experiment,
                        second,
                        null,
                        "Interviews",
                        new ResultMeasure.Qualitative(
                                "People trust the new wording",
                                URI.create("https://wiki.example/notes")),
                        null,
                        ALICE,
                        NOW));
        target.save(
                Learning.write(
                        experiment,
                        first,
                        "Asking once is enough",
                        Set.of(new Tag("Forms"), new Tag("trust")),
                        ALICE,
                        NOW));
        target.save(
                Learning.write(
                        experiment, null, "Pilot with one district first", Set.of(), ALICE, NOW));

        ExperimentRecord record = target.recordOf(experiment.requireId()).orElseThrow();

        assertEquals(List.of(1, 2), record.iterations().stream().map(Iteration::number).toList());
        assertEquals(2, record.resultsOf(first.requireId()).size());
        assertEquals(
                new ResultMeasure.Proportion(1000, 610, 1000, 680, 0.5),
                record.resultsOf(first.requireId()).get(0).measure());
        assertEquals(
                new ResultMeasure.Mean(200, 9.5, 3.1, 210, 7.2, 2.8),
                record.resultsOf(first.requireId()).get(1).measure());
        assertEquals(
                new ResultMeasure.Observed(420, 380, "calls/week"),
                record.resultsOf(second.requireId()).get(0).measure());
        assertEquals(
                URI.create("https://wiki.example/notes"),
                ((ResultMeasure.Qualitative) record.resultsOf(second.requireId()).get(1).measure())
                        .evidence());
        assertEquals(
                new OutcomeId(5),
                record.resultsOf(first.requireId()).get(0).outcomeId().orElseThrow());
        assertEquals(
                List.of(new Tag("forms"), new Tag("trust")),
                List.copyOf(record.learningsOf(first.requireId()).get(0).tags()));
        assertEquals("Pilot with one district first", record.generalLearnings().get(0).statement());
        assertEquals(LocalDate.of(2026, 3, 14), record.iterations().get(0).endDate().orElseThrow());
    }

    @Test
    public void
            recordOfIssue_shouldReadTheSameRecordAsRecordOf_withTheLearningsTagsFromTheirColumn() {
        Experiment experiment = opened(10_002, "PERMIT-2");
        Iteration first =
                target.save(Iteration.next(experiment, List.of(), "shorter form", null, null));
        target.save(
                Result.record(
                        experiment,
                        first,
                        null,
                        "Calls",
                        new ResultMeasure.Observed(1, 2, null),
                        null,
                        ALICE,
                        NOW));
        target.save(
                Learning.write(
                        experiment,
                        first,
                        "Asking once is enough",
                        Set.of(new Tag("trust"), new Tag("Forms"), new Tag("a-b")),
                        ALICE,
                        NOW));
        target.save(Learning.write(experiment, null, "No tags here", Set.of(), ALICE, NOW));

        ExperimentRecord byIssue = target.recordOfIssue(10_002).orElseThrow();

        ExperimentRecord byId = target.recordOf(experiment.requireId()).orElseThrow();
        assertEquals(experiment.requireId(), byIssue.experiment().requireId());
        assertEquals(byId.iterations().size(), byIssue.iterations().size());
        assertEquals(byId.results().size(), byIssue.results().size());
        assertEquals(
                byId.learnings().stream().map(Learning::statement).toList(),
                byIssue.learnings().stream().map(Learning::statement).toList());
        assertEquals(
                byId.learnings().stream().map(l -> List.copyOf(l.tags())).toList(),
                byIssue.learnings().stream().map(l -> List.copyOf(l.tags())).toList());
        assertEquals(
                List.of(new Tag("a-b"), new Tag("forms"), new Tag("trust")),
                List.copyOf(byIssue.learningsOf(first.requireId()).get(0).tags()));
        assertTrue(target.recordOfIssue(99_999).isEmpty());
    }

    @Test
    public void
            recordOfIssue_shouldReadTheDepartmentsAndOutcomeLinksTheirRowsHold_afterEverySave() {
        Experiment experiment =
                target.save(
                        Experiment.open(new IssueRef(10_003, "PERMIT-3"), ALICE, NOW)
                                .withDepartments(
                                        Set.of(
                                                new DepartmentId(12),
                                                new DepartmentId(3),
                                                new DepartmentId(7)))
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(9),
                                                        ExpectedDirection.DECREASE),
                                                new OutcomeLink(
                                                        new OutcomeId(2),
                                                        ExpectedDirection.INCREASE))));
        assertSameAsTheirRows(10_003);
        Experiment changed =
                target.save(
                        experiment
                                .withDepartments(Set.of(new DepartmentId(5)))
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(2),
                                                        ExpectedDirection.DECREASE))));
        assertSameAsTheirRows(10_003);

        target.save(changed.withDepartments(Set.of()).withOutcomes(List.of()));

        assertSameAsTheirRows(10_003);
        Experiment read = target.recordOfIssue(10_003).orElseThrow().experiment();
        assertTrue(read.departments().isEmpty());
        assertTrue(read.outcomes().isEmpty());
    }

    /**
     * The row's copies (read by {@code recordOfIssue}) hold what the department and outcome-link
     * rows (read by {@code findByIssue}) hold, the links in the same order.
     */
    private void assertSameAsTheirRows(long issueId) {
        Experiment fromRows = target.findByIssue(issueId).orElseThrow();
        Experiment fromCopies = target.recordOfIssue(issueId).orElseThrow().experiment();
        assertEquals(List.copyOf(fromRows.departments()), List.copyOf(fromCopies.departments()));
        assertEquals(fromRows.outcomes(), fromCopies.outcomes());
    }

    @Test
    public void
            iterationsLinkedTo_shouldReturnEveryIterationOfTheLinkedExperiments_byKeyAndNumber() {
        Experiment permit =
                target.save(
                        opened(10_002, "PERMIT-2")
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(7),
                                                        ExpectedDirection.INCREASE))));
        Experiment move =
                target.save(
                        opened(10_001, "MOVE-1")
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(7),
                                                        ExpectedDirection.DECREASE),
                                                new OutcomeLink(
                                                        new OutcomeId(8),
                                                        ExpectedDirection.INCREASE))));
        Experiment other =
                target.save(
                        opened(10_003, "OTHER-1")
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(8),
                                                        ExpectedDirection.INCREASE))));
        Iteration first =
                target.save(
                        Iteration.next(
                                permit,
                                List.of(),
                                "shorter form",
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 3, 14)));
        target.save(Iteration.next(permit, List.of(first), "plain-language help", null, null));
        target.save(
                Iteration.next(
                        move,
                        List.of(),
                        "one address form",
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 2, 1)));
        target.save(Iteration.next(other, List.of(), "not linked to 7", null, null));

        List<LinkedIteration> linked = target.iterationsLinkedTo(new OutcomeId(7));

        assertEquals(
                List.of(
                        new LinkedIteration(
                                new IssueRef(10_001, "MOVE-1"),
                                1,
                                LocalDate.of(2026, 1, 5),
                                LocalDate.of(2026, 2, 1)),
                        new LinkedIteration(
                                new IssueRef(10_002, "PERMIT-2"),
                                1,
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 3, 14)),
                        new LinkedIteration(new IssueRef(10_002, "PERMIT-2"), 2, null, null)),
                linked);
        assertEquals(List.of(), target.iterationsLinkedTo(new OutcomeId(99)));
    }

    @Test
    public void saveIteration_shouldAskForAnotherAttempt_whenTheNumberWasTakenMeanwhile() {
        Experiment experiment = opened(10_001, "PERMIT-1");
        Iteration planned = Iteration.next(experiment, List.of(), "shorter form", null, null);
        target.save(planned);

        assertThrows(ConcurrentWriteException.class, () -> target.save(planned));

        assertEquals(1, target.iterationsOf(experiment.requireId()).size());
    }

    @Test
    public void saveIteration_shouldKeepTheDecision_andRefuseAStaleEdit() {
        Experiment experiment = opened(10_001, "PERMIT-1");
        Iteration stored =
                target.save(Iteration.next(experiment, List.of(), "shorter form", null, null));

        Iteration decided = target.save(stored.decide(Decision.PIVOT, "completion did not move"));

        assertEquals(
                Decision.PIVOT,
                target.findIteration(stored.requireId()).orElseThrow().decision().orElseThrow());
        assertEquals(2, decided.version());
        assertThrows(
                StaleVersionException.class, () -> target.save(stored.replan("other", null, null)));
    }

    @Test
    public void saveResult_shouldReplaceTheFigures_whenTheKindChanges() {
        Experiment experiment = opened(10_001, "PERMIT-1");
        Iteration iteration =
                target.save(Iteration.next(experiment, List.of(), "shorter form", null, null));
        Result stored =
                target.save(
                        Result.record(
                                experiment,
                                iteration,
                                null,
                                "Completion",
                                new ResultMeasure.Proportion(100, 50, 100, 60, 0.5),
                                null,
                                ALICE,
                                NOW));

        target.save(
                stored.revise(null, "Completion", new ResultMeasure.Observed(50, 60, "%"), null));

        Result read = target.findResult(stored.requireId()).orElseThrow();
        assertEquals(new ResultMeasure.Observed(50, 60, "%"), read.measure());
        assertEquals(2, read.version());
    }

    @Test
    public void saveLearning_shouldReplaceTags_whenReworded() {
        Experiment experiment = opened(10_001, "PERMIT-1");
        Learning stored =
                target.save(
                        Learning.write(
                                experiment,
                                null,
                                "Ask once",
                                Set.of(new Tag("forms")),
                                ALICE,
                                NOW));

        target.save(stored.reword("Ask for each document once", Set.of(new Tag("documents"))));

        Learning read = target.findLearning(stored.requireId()).orElseThrow();
        assertEquals("Ask for each document once", read.statement());
        assertEquals(Set.of(new Tag("documents")), read.tags());
    }

    @Test
    public void delete_shouldRemoveEverythingRecordedOnTheExperiment() {
        Experiment experiment =
                target.save(
                        Experiment.open(new IssueRef(10_001, "PERMIT-1"), ALICE, NOW)
                                .withDepartments(Set.of(new DepartmentId(1))));
        Iteration iteration =
                target.save(Iteration.next(experiment, List.of(), "shorter form", null, null));
        target.save(
                Result.record(
                        experiment,
                        iteration,
                        null,
                        "Calls",
                        new ResultMeasure.Observed(1, 2, null),
                        null,
                        ALICE,
                        NOW));
        target.save(
                Learning.write(
                        experiment, iteration, "Ask once", Set.of(new Tag("forms")), ALICE, NOW));

        target.delete(experiment.requireId());

        assertFalse(target.findByIssue(10_001).isPresent());
        for (Class<? extends RawEntity<Integer>> table :
                List.of(
                        AoIteration.class,
                        AoResult.class,
                        AoLearning.class,
                        AoLearningTag.class,
                        AoExperimentDepartment.class)) {
            assertEquals(table.getSimpleName(), 0, ao.count(table));
        }
    }

    @Test
    public void list_shouldFilterByProjectAndStage_newestFirst_withTotal() {
        for (int i = 1; i <= 5; i++) {
            target.save(Experiment.open(new IssueRef(i, "PERMIT-" + i), ALICE, NOW.plusSeconds(i)));
        }
        target.save(Experiment.open(new IssueRef(99, "MOVE-1"), ALICE, NOW));
        Experiment running = target.findByIssue(3).orElseThrow();
        target.save(running.withHypothesis(complete()).moveTo(Stage.RUNNING, NOW));

        Page<ExperimentRecord> page =
                target.list(
                        ExperimentQuery.inProject(new ProjectKey("PERMIT")), new PageRequest(1, 2));
        Page<ExperimentRecord> runningOnly =
                target.list(
                        new ExperimentQuery(null, Set.of(Stage.RUNNING)), PageRequest.first(10));

        assertEquals(5, page.total());
        assertEquals(
                List.of("PERMIT-4", "PERMIT-3"),
                page.items().stream().map(r -> r.experiment().issue().key()).toList());
        assertEquals(1, runningOnly.total());
        assertEquals("PERMIT-3", runningOnly.items().get(0).experiment().issue().key());
        assertTrue(runningOnly.items().get(0).experiment().startedAt().isPresent());
    }

    @Test
    public void list_shouldIssueTheSameNumberOfStatements_for5And500Experiments() {
        int statementsFor5 = statementsToList(5);
        database.clear();
        int statementsFor500 = statementsToList(500);

        assertEquals(
                "statements for 5 vs 500 experiments; last ones: "
                        + database.statements().statements(),
                statementsFor5,
                statementsFor500);
        assertTrue("a fixed, small number: " + statementsFor500, statementsFor500 <= 8);
    }

    @SuppressWarnings(
            "deprecation") // flushAll empties the entity cache so the next read goes to the
    // database
    private int statementsToList(int experiments) {
        tx(
                () -> {
                    for (int i = 1; i <= experiments; i++) {
                        Experiment experiment =
                                target.save(
                                        Experiment.open(
                                                        new IssueRef(i, "PERMIT-" + i),
                                                        ALICE,
                                                        NOW.plusSeconds(i))
                                                .withDepartments(
                                                        Set.of(
                                                                new DepartmentId(1),
                                                                new DepartmentId(2)))
                                                .withOutcomes(
                                                        List.of(
                                                                new OutcomeLink(
                                                                        new OutcomeId(1),
                                                                        ExpectedDirection
                                                                                .INCREASE))));
                        Iteration first =
                                target.save(
                                        Iteration.next(
                                                experiment, List.of(), "change " + i, null, null));
                        Iteration second =
                                target.save(
                                        Iteration.next(
                                                experiment,
                                                List.of(first),
                                                "again " + i,
                                                null,
                                                null));
                        target.save(
                                Result.record(
                                        experiment,
                                        first,
                                        null,
                                        "Calls",
                                        new ResultMeasure.Observed(1, 2, null),
                                        null,
                                        ALICE,
                                        NOW));
                        target.save(
                                Result.record(
                                        experiment,
                                        second,
                                        null,
                                        "Rate",
                                        new ResultMeasure.Proportion(100, 10, 100, 12, 0.5),
                                        null,
                                        ALICE,
                                        NOW));
                        target.save(
                                Learning.write(
                                        experiment,
                                        second,
                                        "learned " + i,
                                        Set.of(new Tag("forms")),
                                        ALICE,
                                        NOW));
                    }
                    return null;
                });
        database.entityManager().flushAll();
        database.statements().reset();

        Page<ExperimentRecord> page =
                target.list(ExperimentQuery.all(), PageRequest.first(PageRequest.MAX_RESULTS));

        assertEquals(experiments, page.items().size());
        assertEquals(2, page.items().get(0).iterations().size());
        assertEquals(2, page.items().get(0).results().size());
        assertEquals(1, page.items().get(0).learnings().get(0).tags().size());
        assertEquals(2, page.items().get(0).experiment().departments().size());
        return database.statements().count();
    }

    @Test
    public void
            exportPage_shouldGiveTheExperimentsAfterTheId_byId_upToTheLimit_withEverythingRecorded() {
        Experiment first = opened(1, "PERMIT-1");
        Experiment second =
                target.save(
                        Experiment.open(new IssueRef(2, "MOVE-2"), ALICE, NOW.minusSeconds(60)));
        Experiment third = opened(3, "PERMIT-3");
        target.save(Learning.write(third, null, "learned", Set.of(new Tag("forms")), ALICE, NOW));

        List<ExperimentRecord> page = target.exportPage(0, 2);
        List<ExperimentRecord> next = target.exportPage(second.requireId().value(), 2);

        assertEquals(
                List.of(first.requireId(), second.requireId()),
                page.stream().map(r -> r.experiment().requireId()).toList());
        assertEquals(
                List.of(third.requireId()),
                next.stream().map(r -> r.experiment().requireId()).toList());
        assertEquals("learned", next.get(0).learnings().get(0).statement());
        assertEquals(List.of(), target.exportPage(third.requireId().value(), 2));
    }

    @Test
    public void
            exportPage_shouldNeitherRepeatNorSkip_whenAnExperimentIsCreatedOrDeletedBetweenPages() {
        Experiment first = opened(1, "PERMIT-1");
        Experiment second = opened(2, "PERMIT-2");
        Experiment third = opened(3, "PERMIT-3");

        List<ExperimentRecord> page = target.exportPage(0, 2);
        target.delete(first.requireId());
        Experiment later = opened(4, "PERMIT-4");
        List<ExperimentRecord> next =
                target.exportPage(page.get(1).experiment().requireId().value(), 2);

        assertEquals(
                List.of(first.requireId(), second.requireId()),
                page.stream().map(r -> r.experiment().requireId()).toList());
        assertEquals(
                List.of(third.requireId(), later.requireId()),
                next.stream().map(r -> r.experiment().requireId()).toList());
    }

    @Test
    public void
            exportPage_shouldIssueTheSameStatementsPerPageAsList_lessTheCount_for5And500Experiments() {
        int statementsFor5 = statementsToExport(5);
        database.clear();
        int statementsFor500 = statementsToExport(500);
        database.statements().reset();
        target.list(ExperimentQuery.all(), PageRequest.first(PageRequest.MAX_RESULTS));
        int statementsToList = database.statements().count();

        assertEquals(
                "statements for 5 vs 500 experiments; last ones: "
                        + database.statements().statements(),
                statementsFor5,
                statementsFor500);
        assertEquals(
                "the page and one query per child table, as list has, without its count",
                statementsToList - 1,
                statementsFor500);
    }

    private int statementsToExport(int experiments) {
        statementsToList(experiments);
        database.statements().reset();

        List<ExperimentRecord> page = target.exportPage(0, PageRequest.MAX_RESULTS);

        assertEquals(experiments, page.size());
        assertEquals(2, page.get(0).iterations().size());
        assertEquals(2, page.get(0).results().size());
        assertEquals(1, page.get(0).learnings().get(0).tags().size());
        assertEquals(2, page.get(0).experiment().departments().size());
        return database.statements().count();
    }
}
