package org.experimentlog.persistence.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Objects;
import net.java.ao.Query;

/**
 * Model version 1: adds {@code Outcome.LATEST_MEASUREMENT_ID} and fills it for outcomes measured
 * before the column existed. Declared as {@code <upgradeTask>} in the descriptor's {@code <ao>}
 * module; Active Objects runs it once, when the stored model version is older. It works only on its
 * own frozen copies of the tables' shapes at version 1 ({@link AoOutcomeV1}, {@link
 * AoMeasurementV1}), never on the live entities, so it does tomorrow what it did when it was
 * written. It can run again safely: it sets each outcome to its latest measurement.
 */
public final class Upgrade1LatestMeasurement implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("1");

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    /** One query per outcome (there are hundreds, not thousands), each reading one measurement. */
    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this adds the new column
        ao.migrate(AoOutcomeV1.class, AoMeasurementV1.class);
        for (AoOutcomeV1 outcome : ao.find(AoOutcomeV1.class)) {
            AoMeasurementV1[] latest =
                    ao.find(
                            AoMeasurementV1.class,
                            Query.select()
                                    .where(AoMeasurementV1.OUTCOME_ID + " = ?", outcome.getID())
                                    .order(AoMeasurementV1.MEASURED_ON + " DESC, ID DESC")
                                    .limit(1));
            Integer id = latest.length == 0 ? null : latest[0].getID();
            if (!Objects.equals(id, outcome.getLatestMeasurementId())) {
                outcome.setLatestMeasurementId(id);
                outcome.save();
            }
        }
    }
}
