package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The sandbox runs the descriptor's upgrade tasks as Active Objects does in Jira: each once, in
 * version order.
 */
public class UpgradeTasksTest {
    private AoDatabase database;
    private final List<String> ran = new ArrayList<>();

    @Before
    public void setUp() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:upgrade-tasks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of());
    }

    @After
    public void tearDown() {
        database.close();
    }

    private ActiveObjectsUpgradeTask task(String version, boolean fails) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                ran.add(currentVersion + "->" + version);
                if (fails) {
                    throw new IllegalStateException("task " + version + " failed");
                }
            }
        };
    }

    @Test
    public void run_shouldRunNewerTasksOnceInVersionOrder_givingEachTheVersionBefore() {
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("2", false), task("1", false));

        int first = UpgradeTasks.run(tasks, database.activeObjects(), message -> {});
        int second = UpgradeTasks.run(tasks, database.activeObjects(), message -> {});

        assertEquals(2, first);
        assertEquals(0, second);
        assertEquals(List.of("0->1", "1->2"), ran);
    }

    @Test
    public void run_shouldStopAtAFailingTask_andRetryItNextTime() {
        assertThrows(
                IllegalStateException.class,
                () ->
                        UpgradeTasks.run(
                                List.of(task("1", false), task("2", true), task("3", false)),
                                database.activeObjects(),
                                message -> {}));

        int next =
                UpgradeTasks.run(
                        List.of(task("1", false), task("2", false), task("3", false)),
                        database.activeObjects(),
                        message -> {});

        assertEquals(2, next);
        assertEquals(List.of("0->1", "1->2", "1->2", "2->3"), ran);
    }

    @Test
    public void run_shouldRunTheDescriptorsTasks_onAFreshDatabase() {
        int ran =
                UpgradeTasks.run(
                        PluginDescriptor.load().upgradeTasks(),
                        database.activeObjects(),
                        message -> {});

        assertEquals(5, ran);
    }
}
