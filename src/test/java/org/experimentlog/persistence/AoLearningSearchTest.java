package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;
import org.junit.Before;
import org.junit.Test;

public class AoLearningSearchTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final PageRequest FIRST_PAGE = PageRequest.first(50);

    private AoExperimentRepository experiments;
    private AoLearningSearch target;

    private Experiment formExperiment;
    private Experiment letterExperiment;
    private Experiment moveExperiment;

    @Before
    public void setUp() {
        experiments = new AoExperimentRepository(ao);
        target = new AoLearningSearch(ao);
        formExperiment =
                experiments.save(
                        Experiment.open(new IssueRef(1, "PERMIT-1"), ALICE, NOW)
                                .withDepartments(Set.of(new DepartmentId(1), new DepartmentId(3)))
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(7),
                                                        ExpectedDirection.INCREASE))));
        letterExperiment =
                experiments.save(
                        Experiment.open(new IssueRef(2, "PERMIT-2"), ALICE, NOW)
                                .withDepartments(Set.of(new DepartmentId(11)))
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(17),
                                                        ExpectedDirection.DECREASE))));
        moveExperiment =
                experiments.save(
                        Experiment.open(new IssueRef(3, "MOVE-1"), ALICE, NOW)
                                .withDepartments(Set.of(new DepartmentId(3))));
        learning(
                formExperiment,
                "Residents finish the ONE-PAGE form more often",
                NOW.minusSeconds(300),
                "forms",
                "trust");
        learning(
                letterExperiment,
                "Plain letters cut calls by 20% in one_week",
                NOW.minusSeconds(200),
                "letters");
        learning(
                moveExperiment,
                "A one-page form works for moving house too",
                NOW.minusSeconds(100),
                "forms");
        formExperiment = concluded(formExperiment, Verdict.VALIDATED);
    }

    private Learning learning(Experiment experiment, String statement, Instant at, String... tags) {
        return experiments.save(
                Learning.write(
                        experiment,
                        null,
                        statement,
                        List.of(tags).stream().map(Tag::new).toList(),
                        ALICE,
                        at));
    }

    private Experiment concluded(Experiment experiment, Verdict verdict) {
        Experiment running =
                experiments.save(
                        experiment
                                .withHypothesis(
                                        new Hypothesis(
                                                "a change",
                                                "residents",
                                                "a result",
                                                "a reason",
                                                "a signal of 5"))
                                .moveTo(Stage.RUNNING, NOW));
        Experiment analysing = experiments.save(running.moveTo(Stage.ANALYSING, NOW));
        return experiments.save(
                analysing.conclude(
                        verdict, null, experiments.learningsOf(experiment.requireId()), NOW));
    }

    private static LearningQuery query(
            String text, String tag, Long department, Long outcome, Verdict verdict) {
        return LearningQuery.matching(
                text,
                tag == null ? null : new Tag(tag),
                department == null ? null : new DepartmentId(department),
                outcome == null ? null : new OutcomeId(outcome),
                verdict,
                null,
                null);
    }

    private List<String> keys(LearningQuery query) {
        Page<LearningHit> page = target.search(query, FIRST_PAGE);
        assertEquals("total of " + query, page.items().size(), page.total());
        return page.items().stream().map(h -> h.issue().key()).toList();
    }

    @Test
    public void
            search_shouldReturnEveryLearningNewestFirst_withItsExperimentsIssueStageAndVerdict() {
        Page<LearningHit> page = target.search(LearningQuery.all(), FIRST_PAGE);

        assertEquals(3, page.total());
        assertEquals(
                List.of("MOVE-1", "PERMIT-2", "PERMIT-1"),
                page.items().stream().map(h -> h.issue().key()).toList());
        LearningHit oldest = page.items().get(2);
        assertEquals(new IssueRef(1, "PERMIT-1"), oldest.issue());
        assertEquals(Stage.CONCLUDED, oldest.stage());
        assertEquals(Verdict.VALIDATED, oldest.verdict());
        assertEquals(Set.of(new Tag("forms"), new Tag("trust")), oldest.learning().tags());
        assertEquals(
                "Residents finish the ONE-PAGE form more often", oldest.learning().statement());
        assertEquals(Stage.DESIGNING, page.items().get(0).stage());
        assertNull(page.items().get(0).verdict());
    }

    @Test
    public void search_shouldMatchTheTextIgnoringCase() {
        assertEquals(
                List.of("MOVE-1", "PERMIT-1"),
                keys(query("One-Page FORM", null, null, null, null)));
        assertEquals(List.of("PERMIT-2"), keys(query("plain LETTERS", null, null, null, null)));
        assertEquals(List.of(), keys(query("two-page", null, null, null, null)));
    }

    @Test
    public void search_shouldTakePunctuationAsBetweenWords_andFindNothingForPunctuationAlone() {
        assertEquals(List.of("PERMIT-2"), keys(query("20%", null, null, null, null)));
        assertEquals(List.of("PERMIT-2"), keys(query("one_week", null, null, null, null)));
        assertEquals(
                List.of("MOVE-1", "PERMIT-1"), keys(query("one_page", null, null, null, null)));
        assertEquals(
                List.of(),
                keys(query("%", null, null, null, null).visibleIn(Set.of(new ProjectKey("MOVE")))));
        assertEquals(List.of(), keys(query("!", null, null, null, null)));
    }

    @Test
    public void search_shouldFilterByWholeTag() {
        assertEquals(List.of("MOVE-1", "PERMIT-1"), keys(query(null, "Forms", null, null, null)));
        assertEquals(List.of("PERMIT-1"), keys(query(null, "trust", null, null, null)));
        assertEquals(List.of(), keys(query(null, "form", null, null, null)));
    }

    @Test
    public void search_shouldFilterByDepartmentOfTheExperiment() {
        assertEquals(List.of("MOVE-1", "PERMIT-1"), keys(query(null, null, 3L, null, null)));
        assertEquals(List.of("PERMIT-1"), keys(query(null, null, 1L, null, null)));
        assertEquals(List.of("PERMIT-2"), keys(query(null, null, 11L, null, null)));
        assertEquals(List.of(), keys(query(null, null, 2L, null, null)));
    }

    @Test
    public void search_shouldFilterByOutcomeOfTheExperiment() {
        assertEquals(List.of("PERMIT-1"), keys(query(null, null, null, 7L, null)));
        assertEquals(List.of("PERMIT-2"), keys(query(null, null, null, 17L, null)));
        assertEquals(List.of(), keys(query(null, null, null, 1L, null)));
    }

    @Test
    public void search_shouldFilterByVerdictOfTheExperiment() {
        assertEquals(List.of("PERMIT-1"), keys(query(null, null, null, null, Verdict.VALIDATED)));
        assertEquals(List.of(), keys(query(null, null, null, null, Verdict.INVALIDATED)));
    }

    @Test
    public void search_shouldFilterByTheDayTheLearningWasWritten_inTheGivenZone() {
        Instant lateEvening = Instant.parse("2026-03-05T23:30:00Z");
        learning(moveExperiment, "Written just after midnight in Amsterdam", lateEvening, "timing");
        LearningQuery sixthOfMarch =
                LearningQuery.matching(
                        null,
                        new Tag("timing"),
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 3, 6),
                        LocalDate.of(2026, 3, 6));

        assertEquals(List.of("MOVE-1"), keys(sixthOfMarch.in(AMSTERDAM)));
        assertEquals(List.of(), keys(sixthOfMarch.in(ZoneOffset.UTC)));
        assertEquals(
                List.of("MOVE-1", "PERMIT-2", "PERMIT-1"),
                keys(
                        LearningQuery.matching(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2026, 3, 2),
                                        LocalDate.of(2026, 3, 2))
                                .in(AMSTERDAM)));
        assertEquals(
                List.of(),
                keys(
                        LearningQuery.matching(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2026, 3, 3),
                                        null)
                                .in(AMSTERDAM)
                                .visibleIn(Set.of(new ProjectKey("PERMIT")))));
        assertEquals(
                List.of("MOVE-1", "PERMIT-2", "PERMIT-1"),
                keys(
                        LearningQuery.matching(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2026, 3, 2))
                                .in(AMSTERDAM)));
    }

    @Test
    public void search_shouldApplyEveryCriterionAtOnce() {
        LearningQuery everything =
                new LearningQuery(
                        "one-page",
                        new Tag("forms"),
                        new DepartmentId(3),
                        new OutcomeId(7),
                        Verdict.VALIDATED,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 2),
                        AMSTERDAM,
                        Set.of(new ProjectKey("PERMIT"), new ProjectKey("MOVE")));

        assertEquals(List.of("PERMIT-1"), keys(everything));
        assertEquals(List.of(), keys(everything.visibleIn(Set.of(new ProjectKey("MOVE")))));
        assertEquals(
                List.of(),
                keys(
                        new LearningQuery(
                                "one-page",
                                new Tag("letters"),
                                new DepartmentId(3),
                                new OutcomeId(7),
                                Verdict.VALIDATED,
                                null,
                                null,
                                AMSTERDAM,
                                null)));
    }

    @Test
    public void search_shouldPage_andCountTheWholeResult() {
        for (int i = 1; i <= 7; i++) {
            learning(moveExperiment, "paged lesson " + i, NOW.plusSeconds(i), "paging");
        }
        LearningQuery paging = query(null, "paging", null, null, null);

        Page<LearningHit> second = target.search(paging, new PageRequest(3, 3));
        Page<LearningHit> last = target.search(paging, new PageRequest(6, 3));
        Page<LearningHit> beyond = target.search(paging, new PageRequest(9, 3));

        assertEquals(7, second.total());
        assertEquals(
                List.of("paged lesson 4", "paged lesson 3", "paged lesson 2"),
                second.items().stream().map(h -> h.learning().statement()).toList());
        assertFalse(second.isLast());
        assertEquals(
                List.of("paged lesson 1"),
                last.items().stream().map(h -> h.learning().statement()).toList());
        assertTrue(last.isLast());
        assertEquals(7, beyond.total());
        assertEquals(List.of(), beyond.items());
    }

    @Test
    public void search_shouldOnlyFindAndCountLearningsOfVisibleProjects() {
        Page<LearningHit> move =
                target.search(
                        LearningQuery.all().visibleIn(Set.of(new ProjectKey("MOVE"))), FIRST_PAGE);
        Page<LearningHit> none = target.search(LearningQuery.all().visibleIn(Set.of()), FIRST_PAGE);
        Page<LearningHit> unknown =
                target.search(
                        LearningQuery.all().visibleIn(Set.of(new ProjectKey("OTHER"))), FIRST_PAGE);

        assertEquals(1, move.total());
        assertEquals("MOVE-1", move.items().get(0).issue().key());
        assertEquals(0, none.total());
        assertEquals(List.of(), none.items());
        assertEquals(0, unknown.total());
        assertEquals(
                List.of("PERMIT-2", "PERMIT-1"),
                keys(LearningQuery.all().visibleIn(Set.of(new ProjectKey("PERMIT")))));
    }

    @Test
    public void
            search_shouldFollowTheExperiment_whenItsVerdictDepartmentsOutcomesOrProjectChangeLater() {
        Experiment reopened = experiments.findByIssue(2).orElseThrow();
        Experiment changed =
                experiments.save(
                        reopened.withDepartments(Set.of(new DepartmentId(5)))
                                .withOutcomes(
                                        List.of(
                                                new OutcomeLink(
                                                        new OutcomeId(8),
                                                        ExpectedDirection.INCREASE))));
        concluded(changed, Verdict.INCONCLUSIVE);
        Experiment moved = experiments.findByIssue(3).orElseThrow();
        experiments.save(moved.onIssue(new IssueRef(3, "PERMIT-9")));

        assertEquals(List.of(), keys(query(null, null, 11L, null, null)));
        assertEquals(List.of("PERMIT-2"), keys(query(null, null, 5L, null, null)));
        assertEquals(List.of(), keys(query(null, null, null, 17L, null)));
        assertEquals(List.of("PERMIT-2"), keys(query(null, null, null, 8L, null)));
        assertEquals(
                List.of("PERMIT-2"), keys(query(null, null, null, null, Verdict.INCONCLUSIVE)));
        assertEquals(
                List.of(), keys(LearningQuery.all().visibleIn(Set.of(new ProjectKey("MOVE")))));
        assertEquals(
                List.of("PERMIT-9", "PERMIT-2", "PERMIT-1"),
                keys(LearningQuery.all().visibleIn(Set.of(new ProjectKey("PERMIT")))));
    }

    @Test
    public void search_shouldCopyTheExperimentsCurrentAttributes_whenALearningIsAddedLater() {
        learning(
                formExperiment,
                "A lesson that came after the conclusion",
                NOW.plusSeconds(10),
                "late");

        assertEquals(
                List.of("PERMIT-1"),
                keys(
                        query(null, "late", 1L, 7L, Verdict.VALIDATED)
                                .visibleIn(Set.of(new ProjectKey("PERMIT")))));
    }

    @Test
    public void search_shouldFollowTheLearning_whenItIsRewordedAndRetagged() {
        Learning written = learning(moveExperiment, "Old wording", NOW.plusSeconds(10), "before");

        experiments.save(written.reword("New WORDING", Set.of(new Tag("after"))));

        assertEquals(List.of(), keys(query("old wording", null, null, null, null)));
        assertEquals(List.of(), keys(query(null, "before", null, null, null)));
        assertEquals(List.of("MOVE-1"), keys(query("new wording", "after", null, null, null)));
    }

    @Test
    public void search_shouldNoLongerFind_aDeletedLearningOrExperiment() {
        Learning written =
                learning(moveExperiment, "Short-lived lesson", NOW.plusSeconds(10), "gone");
        experiments.delete(written.requireId());
        experiments.delete(letterExperiment.requireId());

        assertEquals(List.of(), keys(query(null, "gone", null, null, null)));
        assertEquals(List.of("MOVE-1", "PERMIT-1"), keys(LearningQuery.all()));
    }

    @SuppressWarnings(
            "deprecation") // flushAll empties the entity cache so the next read goes to the
    // database
    @Test
    public void projectsWithLearnings_shouldNameEachProjectOnce() {
        learning(formExperiment, "Another permit lesson", NOW, "more");
        experiments.save(Experiment.open(new IssueRef(4, "EMPTY-1"), ALICE, NOW));
        database.entityManager().flushAll();
        database.statements().reset();

        Set<ProjectKey> projects = target.projectsWithLearnings();

        assertEquals(Set.of(new ProjectKey("MOVE"), new ProjectKey("PERMIT")), projects);
        List<String> statements = database.statements().statements();
        assertEquals(statements.toString(), 1, statements.size());
        assertTrue(
                "one row per project, not per learning: " + statements,
                statements.get(0).toUpperCase(Locale.ROOT).startsWith("SELECT DISTINCT"));
    }

    @Test
    public void search_shouldIssueTheSameNumberOfStatements_for5And300Learnings() {
        int statementsFor5 = statementsToSearch(5);
        database.clear();
        int statementsFor300 = statementsToSearch(300);

        assertEquals(
                "statements for 5 vs 300 learnings; last ones: "
                        + database.statements().statements(),
                statementsFor5,
                statementsFor300);
        assertEquals(
                "a count, the page's ids through the term index, the page (tags in its own column)"
                        + " and its experiments: "
                        + database.statements().statements(),
                4,
                statementsFor300);
    }

    @SuppressWarnings(
            "deprecation") // flushAll empties the entity cache so the next read goes to the
    // database
    private int statementsToSearch(int learnings) {
        tx(
                () -> {
                    List<Experiment> opened = new ArrayList<>();
                    for (int i = 0; i < Math.max(1, learnings / 10); i++) {
                        opened.add(
                                experiments.save(
                                        Experiment.open(
                                                        new IssueRef(1000 + i, "COUNT-" + (i + 1)),
                                                        ALICE,
                                                        NOW)
                                                .withDepartments(
                                                        Set.of(
                                                                new DepartmentId(1),
                                                                new DepartmentId(2)))
                                                .withOutcomes(
                                                        List.of(
                                                                new OutcomeLink(
                                                                        new OutcomeId(4),
                                                                        ExpectedDirection
                                                                                .INCREASE)))));
                    }
                    for (int i = 0; i < learnings; i++) {
                        learning(
                                opened.get(i % opened.size()),
                                "Counted lesson " + i,
                                NOW.plusSeconds(i),
                                "counted",
                                "twice");
                    }
                    return null;
                });
        database.entityManager().flushAll();
        database.statements().reset();

        Page<LearningHit> page =
                target.search(
                        new LearningQuery(
                                "counted LESSON",
                                new Tag("counted"),
                                new DepartmentId(2),
                                new OutcomeId(4),
                                null,
                                LocalDate.of(2026, 1, 1),
                                null,
                                AMSTERDAM,
                                Set.of(new ProjectKey("COUNT"), new ProjectKey("PERMIT"))),
                        PageRequest.first(PageRequest.MAX_RESULTS));

        assertEquals(learnings, page.total());
        assertEquals(learnings, page.items().size());
        assertEquals(2, page.items().get(0).learning().tags().size());
        assertTrue(page.items().get(learnings - 1).issue().key().startsWith("COUNT-"));
        return database.statements().count();
    }

    @Test
    public void saveLearning_shouldNeverKeepOutdatedCopies_whenItsExperimentIsSavedAtTheSameMoment()
            throws Exception {
        Experiment stored = experiments.findByIssue(3).orElseThrow();
        CountDownLatch experimentSaved = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Object> editor =
                pool.submit(
                        () ->
                                tx(
                                        () -> {
                                            experiments.save(
                                                    stored.withDepartments(
                                                            Set.of(new DepartmentId(9))));
                                            experimentSaved.countDown();
                                            try {
                                                // Keeps the change uncommitted while the learning
                                                // is written.
                                                Thread.sleep(500);
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                            }
                                            return null;
                                        }));
        assertTrue(experimentSaved.await(30, TimeUnit.SECONDS));
        Future<String> writer =
                pool.submit(
                        () -> {
                            try {
                                tx(
                                        () ->
                                                learning(
                                                        stored,
                                                        "Written during the edit",
                                                        NOW.plusSeconds(10),
                                                        "race"));
                                return "saved";
                            } catch (StaleVersionException e) {
                                return "stale";
                            }
                        });

        editor.get(60, TimeUnit.SECONDS);
        String outcome = writer.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        for (AoLearning row :
                ao.find(
                        AoLearning.class,
                        Query.select()
                                .where(
                                        AoLearning.EXPERIMENT_ID + " = ?",
                                        (int) stored.requireId().value()))) {
            assertEquals(outcome + ": " + row.getStatement(), "|9|", row.getDepartments());
        }
        assertEquals(
                List.of(),
                keys(query(null, null, 3L, null, null).visibleIn(Set.of(new ProjectKey("MOVE")))));
    }
}
