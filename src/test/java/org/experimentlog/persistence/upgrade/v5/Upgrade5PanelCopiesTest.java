package org.experimentlog.persistence.upgrade.v5;

import static org.junit.Assert.assertEquals;
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
import java.util.Set;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.persistence.AoExperimentRepository;
import org.experimentlog.persistence.AoOutcomeRepository;
import org.experimentlog.persistence.AoSchema;
import org.experimentlog.persistence.RepositoryContract;
import org.experimentlog.persistence.upgrade.v0.AoExperimentDepartmentV0;
import org.experimentlog.persistence.upgrade.v0.AoExperimentV0;
import org.experimentlog.persistence.upgrade.v0.AoFailureStoryV0;
import org.experimentlog.persistence.upgrade.v0.AoIterationV0;
import org.experimentlog.persistence.upgrade.v0.AoLearningV0;
import org.experimentlog.persistence.upgrade.v0.AoMeasurementV0;
import org.experimentlog.persistence.upgrade.v0.AoOutcomeLinkV0;
import org.experimentlog.persistence.upgrade.v0.AoOutcomeV0;
import org.experimentlog.persistence.upgrade.v1.Upgrade1LatestMeasurement;
import org.experimentlog.persistence.upgrade.v2.Upgrade2SearchTerms;
import org.experimentlog.persistence.upgrade.v3.Upgrade3RegisteredLate;
import org.experimentlog.persistence.upgrade.v4.Upgrade4TermIndex;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Upgrade task 5 from each earlier model version, on H2 and PostgreSQL: a database built with the
 * frozen shapes of version 0, filled as the app filled it then, brought to version 1 to 4 by the
 * earlier upgrade tasks where the test starts there, upgraded, then migrated to today's schema as
 * Active Objects does after the tasks, and read through today's repository: the experiment as the
 * issue panel reads it (from the row's copies) is the experiment its department and outcome-link
 * rows describe, and each outcome holds the value and day of its latest measurement. The
 * experiment, department, outcome link and measurement tables did not change in model versions 1 to
 * 4 (the outcome table got {@code LATEST_MEASUREMENT_ID} in version 1, which upgrade task 1 adds
 * where the test starts later), so their version 0 shapes are their shapes at those versions too.
 */
@RunWith(Parameterized.class)
public class Upgrade5PanelCopiesTest {
    private static final Instant OPENED = Instant.parse("2026-01-05T08:00:00Z");

    @Parameter public AoDatabase.Kind kind;

    private AoDatabase database;
    private ActiveObjects ao;
    private final Upgrade5PanelCopies target = new Upgrade5PanelCopies();

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
                AoExperimentDepartmentV0.class,
                AoOutcomeLinkV0.class,
                AoIterationV0.class);
    }

    @After
    public void tearDown() {
        database.close();
    }

    /**
     * An experiment row as version 0 wrote it, with its departments (in the order given, which is
     * not the order of their ids) and its outcome links (outcome id, direction) in the team's
     * order.
     */
    private int experiment(long issueId, int[] departmentIds, int... outcomeIds) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoExperimentV0.ISSUE_ID, issueId);
        columns.put(AoExperimentV0.ISSUE_KEY, "PERMIT-" + issueId);
        columns.put(AoExperimentV0.PROJECT_KEY, "PERMIT");
        columns.put(AoExperimentV0.STAGE, "running");
        columns.put(AoExperimentV0.CREATED_BY, "alice");
        columns.put(AoExperimentV0.CREATED_AT, Date.from(OPENED));
        columns.put(AoExperimentV0.STARTED_AT, Date.from(OPENED.plusSeconds(3600)));
        columns.put(AoExperimentV0.ROW_VERSION, 2L);
        int id = ao.create(AoExperimentV0.class, columns).getID();
        for (int department : departmentIds) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoExperimentDepartmentV0.EXPERIMENT_ID, id);
            row.put(AoExperimentDepartmentV0.DEPARTMENT_ID, department);
            ao.create(AoExperimentDepartmentV0.class, row);
        }
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

    private int outcome(String title) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoOutcomeV0.TITLE, title);
        columns.put(AoOutcomeV0.METRIC_KIND, "completion-rate");
        columns.put(AoOutcomeV0.UNIT, "%");
        columns.put(AoOutcomeV0.DIRECTION, "higher-is-better");
        columns.put(AoOutcomeV0.BASELINE_VALUE, 60.0);
        columns.put(AoOutcomeV0.BASELINE_DATE, "2026-01-01");
        columns.put(AoOutcomeV0.TARGET_VALUE, 80.0);
        columns.put(AoOutcomeV0.TARGET_DATE, "2026-12-31");
        columns.put(AoOutcomeV0.OWNER_DEPARTMENT_ID, 1);
        columns.put(AoOutcomeV0.STATUS, "active");
        columns.put(AoOutcomeV0.CREATED_BY, "pia");
        columns.put(AoOutcomeV0.CREATED_AT, new Date());
        columns.put(AoOutcomeV0.ROW_VERSION, 1L);
        return ao.create(AoOutcomeV0.class, columns).getID();
    }

    private void measure(int outcome, double value, String day) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoMeasurementV0.OUTCOME_ID, outcome);
        columns.put(AoMeasurementV0.MEASURED_VALUE, value);
        columns.put(AoMeasurementV0.MEASURED_ON, day);
        columns.put(AoMeasurementV0.RECORDED_BY, "pia");
        columns.put(AoMeasurementV0.RECORDED_AT, new Date());
        ao.create(AoMeasurementV0.class, columns);
    }

    /** The latest value and day of each outcome, as the issue panel reads them. */
    private Map<OutcomeId, List<Object>> latest(int... outcomes) {
        Map<OutcomeId, List<Object>> latest = new HashMap<>();
        new AoOutcomeRepository(ao)
                .findAllWithLatest(
                        Arrays.stream(outcomes).mapToObj(id -> new OutcomeId(id)).toList())
                .forEach(
                        (id, read) ->
                                latest.put(
                                        id,
                                        Arrays.asList(
                                                read.latestValue().orElse(null),
                                                read.latestOn().orElse(null))));
        return latest;
    }

    /** The experiment as the issue panel reads it: from the row's copies. */
    private Experiment asThePanelReadsIt(long issueId) {
        return new AoExperimentRepository(ao).recordOfIssue(issueId).orElseThrow().experiment();
    }

    /** The experiment as its department and outcome-link rows describe it. */
    private Experiment asItsRowsDescribeIt(long issueId) {
        return new AoExperimentRepository(ao).findByIssue(issueId).orElseThrow();
    }

    private void assertTheUpgradeCopiesEveryExperiment(Runnable earlierTasks, ModelVersion from) {
        experiment(10_001, new int[] {7, 2, 11}, 9, 4, 7);
        experiment(10_002, new int[] {}, 4);
        experiment(10_003, new int[] {3});
        int permits = outcome("Permits");
        int calls = outcome("Calls");
        int unmeasured = outcome("Not measured yet");
        measure(permits, 65, "2026-04-01");
        measure(permits, 70, "2026-02-01");
        measure(calls, 61, "2026-05-01");
        measure(calls, 64, "2026-05-01");
        earlierTasks.run();

        target.upgrade(from, ao);
        ao.migrate(AoSchema.entityArray());

        Experiment first = asThePanelReadsIt(10_001);
        assertEquals(
                Set.of(new DepartmentId(2), new DepartmentId(7), new DepartmentId(11)),
                first.departments());
        assertEquals(
                List.of(
                        new OutcomeLink(new OutcomeId(9), ExpectedDirection.INCREASE),
                        new OutcomeLink(new OutcomeId(4), ExpectedDirection.DECREASE),
                        new OutcomeLink(new OutcomeId(7), ExpectedDirection.INCREASE)),
                first.outcomes());
        for (long issue : new long[] {10_001, 10_002, 10_003}) {
            Experiment copies = asThePanelReadsIt(issue);
            Experiment rows = asItsRowsDescribeIt(issue);
            assertEquals(rows.departments(), copies.departments());
            assertEquals(rows.outcomes(), copies.outcomes());
        }
        assertTrue(asThePanelReadsIt(10_002).departments().isEmpty());
        assertEquals(
                Map.of(
                        new OutcomeId(permits),
                        Arrays.asList(65.0, LocalDate.of(2026, 4, 1)),
                        new OutcomeId(calls),
                        Arrays.asList(64.0, LocalDate.of(2026, 5, 1)),
                        new OutcomeId(unmeasured),
                        Arrays.asList(null, null)),
                latest(permits, calls, unmeasured));
        assertTrue(asThePanelReadsIt(10_003).outcomes().isEmpty());
    }

    @Test
    public void upgrade_shouldCopyTheDepartmentsAndOutcomeLinks_fromModelVersion0() {
        assertTheUpgradeCopiesEveryExperiment(() -> {}, ModelVersion.valueOf("0"));
    }

    @Test
    public void upgrade_shouldCopyTheDepartmentsAndOutcomeLinks_fromModelVersion1() {
        assertTheUpgradeCopiesEveryExperiment(
                () -> new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao),
                ModelVersion.valueOf("1"));
    }

    @Test
    public void upgrade_shouldCopyTheDepartmentsAndOutcomeLinks_fromModelVersion2() {
        assertTheUpgradeCopiesEveryExperiment(
                () -> {
                    new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);
                    new Upgrade2SearchTerms().upgrade(ModelVersion.valueOf("1"), ao);
                },
                ModelVersion.valueOf("2"));
    }

    @Test
    public void upgrade_shouldCopyTheDepartmentsAndOutcomeLinks_fromModelVersion3() {
        assertTheUpgradeCopiesEveryExperiment(
                () -> {
                    new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);
                    new Upgrade2SearchTerms().upgrade(ModelVersion.valueOf("1"), ao);
                    new Upgrade3RegisteredLate().upgrade(ModelVersion.valueOf("2"), ao);
                },
                ModelVersion.valueOf("3"));
    }

    @Test
    public void upgrade_shouldCopyTheDepartmentsAndOutcomeLinks_fromModelVersion4() {
        assertTheUpgradeCopiesEveryExperiment(
                () -> {
                    new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);
                    new Upgrade2SearchTerms().upgrade(ModelVersion.valueOf("1"), ao);
                    new Upgrade3RegisteredLate().upgrade(ModelVersion.valueOf("2"), ao);
                    new Upgrade4TermIndex(line -> {}).upgrade(ModelVersion.valueOf("3"), ao);
                },
                ModelVersion.valueOf("4"));
    }

    @Test
    public void copyAll_shouldCopyEveryExperimentAcrossBatches_andChangeNothingTheSecondTime() {
        int count = Upgrade5PanelCopies.BATCH + 3;
        for (int i = 0; i < count; i++) {
            experiment(20_000 + i, new int[] {i % 5 + 1}, i % 7 + 1);
        }
        experiment(30_000, new int[] {});
        target.upgrade(ModelVersion.valueOf("4"), ao);

        assertEquals(0, Upgrade5PanelCopies.copyAll(ao));
        assertEquals(0, Upgrade5PanelCopies.copyLatest(ao));
        ao.migrate(AoSchema.entityArray());
        Experiment last = asThePanelReadsIt(20_000 + count - 1);
        assertEquals(asItsRowsDescribeIt(20_000 + count - 1).outcomes(), last.outcomes());
        assertEquals(asItsRowsDescribeIt(20_000 + count - 1).departments(), last.departments());
    }

    @Test
    public void getModelVersion_shouldBeFive() {
        assertTrue(target.getModelVersion().isSame(ModelVersion.valueOf("5")));
    }
}
