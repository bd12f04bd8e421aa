package org.experimentlog.persistence.upgrade.v3;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.PlanContent;
import org.experimentlog.domain.register.RegisteredPlan;
import org.experimentlog.persistence.AoExperimentRepository;
import org.experimentlog.persistence.AoRegisteredPlan;
import org.experimentlog.persistence.AoRegistrationRepository;
import org.experimentlog.persistence.AoSchema;
import org.experimentlog.persistence.RepositoryContract;
import org.experimentlog.persistence.upgrade.v0.AoExperimentV0;
import org.experimentlog.persistence.upgrade.v0.AoFailureStoryV0;
import org.experimentlog.persistence.upgrade.v0.AoIterationV0;
import org.experimentlog.persistence.upgrade.v0.AoLearningV0;
import org.experimentlog.persistence.upgrade.v0.AoMeasurementV0;
import org.experimentlog.persistence.upgrade.v0.AoOutcomeLinkV0;
import org.experimentlog.persistence.upgrade.v0.AoOutcomeV0;
import org.experimentlog.persistence.upgrade.v1.Upgrade1LatestMeasurement;
import org.experimentlog.persistence.upgrade.v2.Upgrade2SearchTerms;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Upgrade task 3 from each earlier model version, on H2 and PostgreSQL: a database built with the
 * frozen shapes of version 0, filled as the app filled it then, brought to version 1 or 2 by the
 * earlier upgrade tasks where the test starts there, upgraded, then migrated to today's schema as
 * Active Objects does after the tasks, and read through today's repositories. The experiment,
 * outcome link and iteration tables did not change in model versions 1 and 2, so their version 0
 * shapes ({@link AoExperimentV0}, {@link AoOutcomeLinkV0}, {@link AoIterationV0}) are their version
 * 1 and 2 shapes too. The plan table is new in version 3.
 */
@RunWith(Parameterized.class)
public class Upgrade3RegisteredLateTest {
    private static final Instant OPENED = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    @Parameter public AoDatabase.Kind kind;

    private AoDatabase database;
    private ActiveObjects ao;
    private final Upgrade3RegisteredLate target = new Upgrade3RegisteredLate();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return RepositoryContract.databases();
    }

    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    @Before
    public void setUp() {
        database = AoDatabase.empty(kind);
        ao = database.activeObjects();
        ao.migrate(
                AoOutcomeV0.class,
                AoMeasurementV0.class,
                AoLearningV0.class,
                AoFailureStoryV0.class,
                AoExperimentV0.class,
                AoOutcomeLinkV0.class,
                AoIterationV0.class);
    }

    @After
    public void tearDown() {
        database.close();
    }

    /**
     * An experiment row as version 0 wrote it, with its outcome links (outcome id, direction) in
     * the team's order.
     */
    private int experiment(long issueId, String stage, String method, int... outcomeIds) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoExperimentV0.ISSUE_ID, issueId);
        columns.put(AoExperimentV0.ISSUE_KEY, "PERMIT-" + issueId);
        columns.put(AoExperimentV0.PROJECT_KEY, "PERMIT");
        columns.put(AoExperimentV0.HYP_CHANGE, "a one-page form " + issueId);
        columns.put(AoExperimentV0.HYP_AUDIENCE, "residents");
        columns.put(AoExperimentV0.HYP_RESULT, "more finished applications");
        columns.put(AoExperimentV0.HYP_REASON, "the old form asked twice");
        columns.put(AoExperimentV0.HYP_SIGNAL, "completion rises from 61% to 75%");
        columns.put(AoExperimentV0.METHOD, method);
        columns.put(AoExperimentV0.METHOD_DETAILS, method == null ? null : "50/50 split");
        columns.put(AoExperimentV0.STAGE, stage);
        columns.put(AoExperimentV0.CREATED_BY, "alice");
        columns.put(AoExperimentV0.CREATED_AT, Date.from(OPENED));
        columns.put(
                AoExperimentV0.STARTED_AT,
                stage.equals("designing") ? null : Date.from(OPENED.plusSeconds(3600)));
        columns.put(AoExperimentV0.ROW_VERSION, 2L);
        int id = ao.create(AoExperimentV0.class, columns).getID();
        int position = 0;
        for (int outcomeId : outcomeIds) {
            Map<String, Object> link = new HashMap<>();
            link.put(AoOutcomeLinkV0.EXPERIMENT_ID, id);
            link.put(AoOutcomeLinkV0.OUTCOME_ID, outcomeId);
            link.put(AoOutcomeLinkV0.DIRECTION, outcomeId % 2 == 0 ? "decrease" : "increase");
            link.put(AoOutcomeLinkV0.POSITION, position++);
            ao.create(AoOutcomeLinkV0.class, link);
        }
        return id;
    }

    private void iteration(int experimentId, int number, String endDate) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoIterationV0.EXPERIMENT_ID, experimentId);
        columns.put(AoIterationV0.SEQ_NO, number);
        columns.put(AoIterationV0.CHANGE_MADE, "round " + number);
        columns.put(AoIterationV0.START_DATE, "2026-01-0" + number);
        columns.put(AoIterationV0.END_DATE, endDate);
        columns.put(AoIterationV0.ROW_VERSION, 1L);
        ao.create(AoIterationV0.class, columns);
    }

    private Optional<RegisteredPlan> planOf(int experimentId) {
        return new AoRegistrationRepository(ao).planOf(new ExperimentId(experimentId));
    }

    /**
     * The plan today's domain registers late for this experiment as today's repository reads it.
     */
    private RegisteredPlan expectedLatePlan(int experimentId, Instant at) {
        ExperimentRecord record =
                new AoExperimentRepository(ao).exportPage(experimentId - 1, 1).get(0);
        return RegisteredPlan.registerLate(
                record.experiment(),
                RegisteredPlan.plannedEndOf(record.iterations()),
                record.experiment().createdBy(),
                at);
    }

    /** A plan row's columns but its id, as the database holds them. */
    private List<Object> planRow(int experimentId) {
        AoRegisteredPlan row =
                ao.find(
                                AoRegisteredPlan.class,
                                Query.select()
                                        .where(
                                                AoRegisteredPlan.EXPERIMENT_ID + " = ?",
                                                (long) experimentId))[0];
        return Arrays.asList(
                row.getExperimentId(),
                row.getHypChange(),
                row.getHypAudience(),
                row.getHypResult(),
                row.getHypReason(),
                row.getHypSignal(),
                row.getMethod(),
                row.getMethodDetails(),
                row.getOutcomes(),
                row.getPlannedEnd(),
                row.getRegisteredBy(),
                row.getRegisteredAt().getTime(),
                row.isLate());
    }

    /**
     * The row the task wrote is, column for column, the row today's repository writes for the plan
     * today's domain registers late for the same experiment: the snapshot format the task froze is
     * the one the live code reads.
     */
    private void assertTheLiveCodeWritesTheSameRow(int experimentId) {
        List<Object> written = planRow(experimentId);
        AoRegistrationRepository live = new AoRegistrationRepository(ao);
        RegisteredPlan read = live.planOf(new ExperimentId(experimentId)).orElseThrow();
        live.deleteOf(new ExperimentId(experimentId));

        live.register(expectedLatePlan(experimentId, read.registeredAt()));

        assertEquals(written, planRow(experimentId));
        assertEquals(read, live.planOf(new ExperimentId(experimentId)).orElseThrow());
    }

    private void assertTheUpgradeRegistersRunningAndAnalysingOnesLate(
            Runnable earlierTasks, ModelVersion from) {
        int running = experiment(10_001, "running", "ab-test", 9, 4, 7);
        iteration(running, 2, "2026-04-30");
        iteration(running, 1, "2026-02-28");
        int analysing = experiment(10_002, "analysing", null);
        iteration(analysing, 1, null);
        int designing = experiment(10_003, "designing", "ab-test", 4);
        int concluded = experiment(10_004, "concluded", "ab-test", 4);
        earlierTasks.run();

        target.upgrade(from, ao);
        ao.migrate(AoSchema.entityArray());

        RegisteredPlan plan = planOf(running).orElseThrow();
        assertTrue(plan.late());
        assertEquals(
                new PlanContent(
                        new Hypothesis(
                                "a one-page form 10001",
                                "residents",
                                "more finished applications",
                                "the old form asked twice",
                                "completion rises from 61% to 75%"),
                        Method.AB_TEST,
                        "50/50 split",
                        List.of(
                                new OutcomeLink(new OutcomeId(4), ExpectedDirection.DECREASE),
                                new OutcomeLink(new OutcomeId(7), ExpectedDirection.INCREASE),
                                new OutcomeLink(new OutcomeId(9), ExpectedDirection.INCREASE))),
                plan.content());
        assertEquals(LocalDate.parse("2026-04-30"), plan.plannedEnd());
        assertEquals(new UserRef("alice"), plan.registeredBy());
        RegisteredPlan analysed = planOf(analysing).orElseThrow();
        assertEquals(null, analysed.plannedEnd());
        assertEquals(null, analysed.content().method());
        assertTrue(analysed.content().outcomes().isEmpty());
        assertTrue(planOf(designing).isEmpty());
        assertTrue(planOf(concluded).isEmpty());
        assertTheLiveCodeWritesTheSameRow(running);
        assertTheLiveCodeWritesTheSameRow(analysing);
    }

    @Test
    public void upgrade_shouldRegisterRunningAndAnalysingExperimentsLate_fromModelVersion0() {
        assertTheUpgradeRegistersRunningAndAnalysingOnesLate(() -> {}, ModelVersion.valueOf("0"));
    }

    @Test
    public void
            upgrade_shouldRegisterRunningAndAnalysingExperimentsLate_fromModelVersion1AfterUpgradeTask1() {
        assertTheUpgradeRegistersRunningAndAnalysingOnesLate(
                () -> new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao),
                ModelVersion.valueOf("1"));
    }

    @Test
    public void
            upgrade_shouldRegisterRunningAndAnalysingExperimentsLate_fromModelVersion2AfterUpgradeTasks1And2() {
        assertTheUpgradeRegistersRunningAndAnalysingOnesLate(
                () -> {
                    new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);
                    new Upgrade2SearchTerms().upgrade(ModelVersion.valueOf("1"), ao);
                },
                ModelVersion.valueOf("2"));
    }

    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    @Test
    public void registerLate_shouldLeaveRegisteredPlansAlone_andRegisterNothing_whenItRunsTwice() {
        int running = experiment(10_001, "running", "ab-test", 7);
        int registered = experiment(10_002, "running", "ab-test", 7);
        ao.migrate(
                AoExperimentV3.class,
                AoOutcomeLinkV3.class,
                AoIterationV3.class,
                AoRegisteredPlanV3.class);
        Map<String, Object> plan = new HashMap<>();
        plan.put(AoRegisteredPlanV3.EXPERIMENT_ID, (long) registered);
        plan.put(AoRegisteredPlanV3.REGISTERED_BY, "bob");
        plan.put(AoRegisteredPlanV3.REGISTERED_AT, Date.from(NOW));
        plan.put(AoRegisteredPlanV3.LATE, false);
        ao.create(AoRegisteredPlanV3.class, plan);

        assertEquals(1, Upgrade3RegisteredLate.registerLate(ao, NOW));
        assertEquals(0, Upgrade3RegisteredLate.registerLate(ao, NOW.plusSeconds(60)));
        target.upgrade(ModelVersion.valueOf("2"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(2, ao.count(AoRegisteredPlanV3.class));
        assertEquals(expectedLatePlan(running, NOW), planOf(running).orElseThrow());
        assertTheLiveCodeWritesTheSameRow(running);
        assertFalse(planOf(registered).orElseThrow().late());
        assertEquals(new UserRef("bob"), planOf(registered).orElseThrow().registeredBy());
    }

    @Test
    public void registerLate_shouldRegisterEveryRunningExperiment_acrossBatches() {
        int count = Upgrade3RegisteredLate.BATCH + 3;
        for (int i = 0; i < count; i++) {
            experiment(20_000 + i, i % 2 == 0 ? "running" : "analysing", null);
        }
        experiment(30_000, "designing", null);

        target.upgrade(ModelVersion.valueOf("2"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(count, ao.count(AoRegisteredPlanV3.class));
    }

    @Test
    public void getModelVersion_shouldBeThree() {
        assertTrue(target.getModelVersion().isSame(ModelVersion.valueOf("3")));
    }
}
