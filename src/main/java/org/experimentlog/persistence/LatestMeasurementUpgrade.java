package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 1: fills {@link AoOutcome#getLatestMeasurementId()} for outcomes measured before the column existed.
 * Declared as {@code <upgradeTask>} in the descriptor's {@code <ao>} module; Active Objects runs it once, when the
 * stored model version is older. It can run again safely: it sets each outcome to its latest measurement.
 */
public final class LatestMeasurementUpgrade implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("1");

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    /** One query per outcome (there are hundreds, not thousands), each reading one measurement. */
    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this adds the new column
        ao.migrate(AoOutcome.class, AoMeasurement.class);
        for (AoOutcome outcome : ao.find(AoOutcome.class)) {
            AoOutcomeRepository.refreshLatest(ao, outcome);
        }
    }
}
