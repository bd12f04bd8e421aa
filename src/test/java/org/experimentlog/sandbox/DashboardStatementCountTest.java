package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.experimentlog.app.DashboardService;
import org.experimentlog.app.report.LearnedSummary;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.StageCounts;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.persistence.AoDepartmentRepository;
import org.experimentlog.persistence.AoExperiment;
import org.experimentlog.persistence.AoExperimentDepartment;
import org.experimentlog.persistence.AoLearning;
import org.experimentlog.testing.ao.AoDatabase;
import org.experimentlog.web.ui.dashboard.DashboardItemBuilder;
import org.experimentlog.web.ui.dashboard.DashboardItemView;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The dashboard items read a fixed number of SQL statements whatever the number of experiments and
 * learnings in their scope, measured through the use case and the item's view on real Active
 * Objects; and they never show an experiment of a project the viewer may not browse.
 */
public class DashboardStatementCountTest {
    /**
     * The projects with experiments, the listed learnings, their experiments, the learnings' count,
     * the concluded experiments' count and the listed ones, and the viewer's departments.
     */
    private static final int LEARNED_STATEMENTS = 7;

    /** The projects with experiments, and the stage of each experiment in scope. */
    private static final int STAGES_STATEMENTS = 2;

    private AoDatabase database;
    private SandboxComponents components;
    private DepartmentId policy;
    private int nextIssue;

    @Before
    public void setUp() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:dashboard-count-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        components = SandboxComponents.wire(SandboxDirectory.load(), database);
        policy =
                new AoDepartmentRepository(database.activeObjects())
                        .save(Department.create("Policy", null))
                        .requireId();
    }

    @After
    public void tearDown() {
        components.close();
        database.close();
    }

    @Test
    public void learned_shouldIssueTheSameStatements_forTwoAndForSixtyExperiments() {
        DashboardService target = components.component(DashboardService.class);
        Scope scope = Scope.department(policy);
        seed("PERMIT", 2);
        int forTwo = statements(() -> target.learned(scope, 90));
        seed("PERMIT", 30);
        seed("MOVE", 28);

        int forSixty = statements(() -> target.learned(scope, 90));
        LearnedSummary summary = CurrentUser.as("pia", () -> target.learned(scope, 90));

        assertEquals("statements: " + database.statements().statements(), forTwo, forSixty);
        assertEquals(LEARNED_STATEMENTS, forSixty);
        assertEquals(120, summary.learningsTotal());
        assertEquals(10, summary.learnings().size());
        assertEquals(30, summary.concludedTotal());
        assertEquals(10, summary.concluded().size());
    }

    @Test
    public void stages_shouldIssueTheSameStatements_forTwoAndForSixtyExperiments() {
        DashboardService target = components.component(DashboardService.class);
        Scope scope = Scope.department(policy);
        seed("PERMIT", 2);
        int forTwo = statements(() -> target.stages(scope));
        seed("MOVE", 58);

        int forSixty = statements(() -> target.stages(scope));
        StageCounts counts = CurrentUser.as("pia", () -> target.stages(scope));

        assertEquals(forTwo, forSixty);
        assertEquals(STAGES_STATEMENTS, forSixty);
        assertEquals(30, counts.byStage().get(Stage.CONCLUDED).intValue());
        assertEquals(30, counts.byStage().get(Stage.RUNNING).intValue());
    }

    @Test
    public void item_shouldReadAFixedNumberOfStatements_whateverTheData() {
        DashboardItemBuilder target = components.component(DashboardItemBuilder.class);
        seed("PERMIT", 2);
        int forTwo = statements(() -> target.item("learned", this::learnedPolicy, "/jira"));
        seed("MOVE", 40);

        int forForty = statements(() -> target.item("learned", this::learnedPolicy, "/jira"));

        assertEquals(forTwo, forForty);
        assertEquals(LEARNED_STATEMENTS + 1, forForty);
    }

    @Test
    public void learned_shouldShowOlafNoPermitExperiment() {
        DashboardService target = components.component(DashboardService.class);
        seed("PERMIT", 3);
        seed("MOVE", 2);

        LearnedSummary forOlaf =
                CurrentUser.as("olaf", () -> target.learned(Scope.department(policy), 90));
        StageCounts stagesForOlaf =
                CurrentUser.as("olaf", () -> target.stages(Scope.department(policy)));

        assertEquals(4, forOlaf.learningsTotal());
        for (ReportLearning learning : forOlaf.learnings()) {
            assertTrue(learning.issue().key().startsWith("MOVE-"));
        }
        for (LearnedSummary.Concluded concluded : forOlaf.concluded()) {
            assertFalse(concluded.issue().key().startsWith("PERMIT-"));
        }
        assertEquals(2, stagesForOlaf.total());
    }

    @Test
    public void item_shouldAnswer400NamingTheField_forAProjectOlafMayNotBrowse() {
        DashboardItemBuilder target = components.component(DashboardItemBuilder.class);
        seed("PERMIT", 1);

        DashboardItemBuilder.Item item =
                CurrentUser.as(
                        "olaf",
                        () ->
                                target.item(
                                        "stages",
                                        name -> "scope".equals(name) ? "project:PERMIT" : null,
                                        "/jira"));

        assertEquals(400, item.status());
        DashboardItemView view = item.view();
        assertTrue(view.isScopeInvalid());
        assertTrue(view.getErrorText(), view.getErrorText().startsWith("Show:"));
        assertTrue(view.getStages().isEmpty());
    }

    private String learnedPolicy(String name) {
        return switch (name) {
            case "scope" -> "department:" + policy;
            case "days" -> "90";
            default -> null;
        };
    }

    private int statements(Supplier<?> work) {
        CurrentUser.as("pia", work);
        database.statements().reset();
        CurrentUser.as("pia", work);
        return database.statements().count();
    }

    /**
     * Experiments in the project involving Policy: every other one concluded in the last days with
     * two learnings, the others running.
     */
    private void seed(String project, int count) {
        var ao = database.activeObjects();
        Instant now = Instant.now();
        ao.executeInTransaction(
                () -> {
                    List<Map<String, Object>> learnings = new ArrayList<>();
                    for (int e = 0; e < count; e++) {
                        nextIssue++;
                        boolean concluded = nextIssue % 2 == 0;
                        Map<String, Object> row = new HashMap<>();
                        row.put(AoExperiment.ISSUE_ID, (long) nextIssue);
                        row.put(AoExperiment.ISSUE_KEY, project + "-" + nextIssue);
                        row.put(AoExperiment.PROJECT_KEY, project);
                        row.put(AoExperiment.HYP_CHANGE, "Change " + nextIssue);
                        row.put(AoExperiment.STAGE, concluded ? "concluded" : "running");
                        row.put(AoExperiment.VERDICT, concluded ? "validated" : null);
                        row.put(AoExperiment.CREATED_BY, "pia");
                        row.put(AoExperiment.CREATED_AT, Date.from(now.minus(Duration.ofDays(40))));
                        row.put(AoExperiment.STARTED_AT, Date.from(now.minus(Duration.ofDays(30))));
                        row.put(
                                AoExperiment.CLOSED_AT,
                                concluded
                                        ? Date.from(now.minus(Duration.ofHours(nextIssue)))
                                        : null);
                        row.put(AoExperiment.ROW_VERSION, 1L);
                        AoExperiment experiment = ao.create(AoExperiment.class, row);
                        ao.create(
                                AoExperimentDepartment.class,
                                Map.of(
                                        AoExperimentDepartment.EXPERIMENT_ID,
                                        experiment.getID(),
                                        AoExperimentDepartment.DEPARTMENT_ID,
                                        (int) policy.value()));
                        for (int l = 0; l < 2; l++) {
                            Map<String, Object> learning = new HashMap<>();
                            learning.put(AoLearning.EXPERIMENT_ID, experiment.getID());
                            learning.put(AoLearning.STATEMENT, "Learning " + nextIssue + "." + l);
                            learning.put(AoLearning.AUTHOR, "pia");
                            learning.put(
                                    AoLearning.CREATED_AT,
                                    Date.from(now.minus(Duration.ofMinutes(10L * nextIssue + l))));
                            learning.put(AoLearning.ROW_VERSION, 1L);
                            learning.put(AoLearning.PROJECT_KEY, project);
                            learning.put(AoLearning.DEPARTMENTS, "|" + policy + "|");
                            learning.put(AoLearning.OUTCOMES, "|");
                            learning.put(AoLearning.TAGS, "|");
                            learnings.add(learning);
                        }
                    }
                    ao.create(AoLearning.class, learnings);
                    return null;
                });
    }
}
