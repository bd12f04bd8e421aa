package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.List;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.register.RegisteredPlan;

/**
 * Model version 2: plans are registered when an experiment starts running, from this release on. Experiments that
 * were already running (or being analysed) when it was installed get their current plan registered now, honestly
 * labelled "registered late", because nobody can know what their plan was when they started. Experiments still in
 * design are registered at their first start; closed ones never ran under registration and stay unregistered. It can
 * run again safely: an experiment with a plan is skipped.
 */
public final class RegisterRunningPlansUpgrade implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("3");
    private static final int BATCH = 200;

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this creates the new tables
        ao.migrate(AoSchema.entityArray());
        registerLate(ao, Instant.now());
    }

    /** Registers, as late, the plan of every running or analysing experiment that has none; returns how many. */
    static int registerLate(ActiveObjects ao, Instant now) {
        AoExperimentRepository experiments = new AoExperimentRepository(ao);
        AoRegistrationRepository registrations = new AoRegistrationRepository(ao);
        int registered = 0;
        long after = 0;
        List<ExperimentRecord> page;
        do {
            page = experiments.exportPage(after, BATCH);
            for (ExperimentRecord record : page) {
                Experiment e = record.experiment();
                after = Math.max(after, e.requireId().value());
                boolean running = e.stage() == Stage.RUNNING || e.stage() == Stage.ANALYSING;
                if (running && registrations.planOf(e.requireId()).isEmpty()) {
                    registrations.register(RegisteredPlan.registerLate(e,
                            RegisteredPlan.plannedEndOf(record.iterations()), e.createdBy(), now));
                    registered++;
                }
            }
        } while (page.size() == BATCH);
        return registered;
    }
}
