package org.experimentlog.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.experimentlog.persistence.AoSchema;

/**
 * Runs the descriptor's Active Objects upgrade tasks as Jira's Active Objects plugin does: the
 * tasks whose model version is newer than the stored one, oldest first, each given the version the
 * data had before it; the stored version moves on after each task that completes, so a task that
 * throws stops the rest and runs again next time.
 */
public final class UpgradeTasks {
    private UpgradeTasks() {}

    /** Runs what the data needs and returns how many tasks ran. */
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public static int run(
            List<ActiveObjectsUpgradeTask> tasks, ActiveObjects ao, Consumer<String> log) {
        ao.migrate(AoSandboxModelVersion.class);
        ModelVersion current = stored(ao);
        int ran = 0;
        for (ActiveObjectsUpgradeTask task :
                tasks.stream()
                        .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
                        .toList()) {
            if (!task.getModelVersion().isNewerThan(current)) {
                continue;
            }
            log.accept(
                    "Upgrading the data from model version "
                            + current
                            + " to "
                            + task.getModelVersion()
                            + " ("
                            + task.getClass().getSimpleName()
                            + ")");
            task.upgrade(current, ao);
            current = task.getModelVersion();
            store(ao, current);
            ran++;
        }
        return ran;
    }

    private static ModelVersion stored(ActiveObjects ao) {
        AoSandboxModelVersion[] rows =
                ao.find(
                        AoSandboxModelVersion.class,
                        AoSandboxModelVersion.NAMESPACE + " = ?",
                        AoSchema.NAMESPACE);
        return ModelVersion.valueOf(rows.length == 0 ? null : rows[0].getModelVersion());
    }

    private static void store(ActiveObjects ao, ModelVersion version) {
        AoSandboxModelVersion[] rows =
                ao.find(
                        AoSandboxModelVersion.class,
                        AoSandboxModelVersion.NAMESPACE + " = ?",
                        AoSchema.NAMESPACE);
        if (rows.length == 0) {
            ao.create(
                    AoSandboxModelVersion.class,
                    Map.of(
                            AoSandboxModelVersion.NAMESPACE,
                            AoSchema.NAMESPACE,
                            AoSandboxModelVersion.MODEL_VERSION,
                            version.toString()));
        } else {
            rows[0].setModelVersion(version.toString());
            rows[0].save();
        }
    }
}
