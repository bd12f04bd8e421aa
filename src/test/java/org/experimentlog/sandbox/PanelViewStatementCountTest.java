package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.ao.AoDatabase;
import org.experimentlog.web.ui.panel.ExperimentPanelBuilder;
import org.experimentlog.web.ui.panel.ExperimentPanelView;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The experiment panel's data is a fixed number of SQL statements whatever the number of
 * iterations, results and learnings: measured through the context provider's view builder, as the
 * issue page calls it, on the Data Center data set at 1/1000 of its size, for the experiment with
 * 20 iterations and one with a single iteration, as an editor (who also gets the outcomes to choose
 * from). One of them is the host's: the sandbox's issue lookup, which stands in for Jira's issue
 * manager that the issue view reads anyway.
 */
public class PanelViewStatementCountTest {
    /**
     * The plugin's own: the experiment (with its copies of its departments and outcome links), its
     * iterations, results and learnings (with their tags), the outcomes (with their latest values)
     * and the departments. The settings come from the host's cache (read once, before the count).
     * The same with or without linked outcomes.
     */
    private static final int PLUGIN_STATEMENTS = 6;

    /**
     * The host's: the sandbox's issue lookup (its own table, {@code SB_ISSUE}), which stands in for
     * Jira's issue manager that the issue view reads anyway.
     */
    private static final int HOST_STATEMENTS = 1;

    private static final DataCenterDataset.Scale SCALE =
            DataCenterDataset.Scale.DATA_CENTER.divided(1000);
    private static AoDatabase database;
    private static SandboxComponents components;

    @BeforeClass
    public static void generate() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:panel-statements;DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        UpgradeTasks.run(
                PluginDescriptor.load().upgradeTasks(), database.activeObjects(), line -> {});
        components =
                SandboxComponents.wire(
                        DataCenterDataset.directory(SandboxDirectory.load(), SCALE), database);
        DataCenterDataset.fill(database, SCALE, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterClass
    public static void close() {
        components.close();
        database.close();
    }

    /** The statements of one build of the panel's view, after a first build. */
    private static List<String> statementsToBuild(String issueKey, int iterations) {
        ExperimentPanelBuilder target = components.component(ExperimentPanelBuilder.class);
        CurrentUser.as(DataCenterDataset.userName(1), () -> target.build(issueKey));
        database.statements().reset();

        ExperimentPanelView view =
                CurrentUser.as(DataCenterDataset.userName(1), () -> target.build(issueKey));

        assertEquals(iterations, view.getIterations().size());
        assertTrue(view.isCanEdit());
        return database.statements().statements();
    }

    private static boolean host(String statement) {
        return statement.contains("_SB_");
    }

    private static void assertPluginAndHostStatements(String what, List<String> statements) {
        assertEquals(
                what + ", the plugin's own: " + statements,
                PLUGIN_STATEMENTS,
                statements.stream().filter(s -> !host(s)).count());
        assertEquals(
                what + ", the host's: " + statements,
                HOST_STATEMENTS,
                statements.stream().filter(PanelViewStatementCountTest::host).count());
    }

    @Test
    public void build_shouldIssueTheSameFixedStatements_for20IterationsAndForOne() {
        List<String> twenty = statementsToBuild(DataCenterDataset.TWENTY_ITERATIONS, 20);
        List<String> one = statementsToBuild("DCA-2", 1);

        assertPluginAndHostStatements("20 iterations", twenty);
        assertPluginAndHostStatements("one iteration, no outcome linked", one);
    }
}
