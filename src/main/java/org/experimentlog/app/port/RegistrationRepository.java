package org.experimentlog.app.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.register.RegisteredPlan;

/**
 * Keeps the registered plans of experiments and the deviations from them; neither is ever changed
 * once stored.
 */
public interface RegistrationRepository {
    /** The registered plan of an experiment, if it was registered. */
    Optional<RegisteredPlan> planOf(ExperimentId experiment);

    /**
     * Stores a plan; an experiment is registered once, so a second plan for it is refused with an
     * exception.
     */
    RegisteredPlan register(RegisteredPlan plan);

    /** The deviations from an experiment's plan, oldest first. */
    List<Deviation> deviationsOf(ExperimentId experiment);

    /** Stores a deviation. */
    Deviation add(Deviation deviation);

    /** For each experiment among these that deviated, the kinds of its deviations; one query. */
    Map<ExperimentId, Set<DeviationKind>> deviationKinds(Collection<ExperimentId> experiments);

    /** Removes the plan and deviations of a deleted experiment. */
    void deleteOf(ExperimentId experiment);
}
