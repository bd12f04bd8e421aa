package org.experimentlog.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.RegisteredPlan;

/**
 * An experiment's registered plan, the deviations from it and its publications, with what the
 * caller may do: what the plan section of the issue panel shows.
 *
 * @param plan the registered plan, empty until the experiment first ran
 * @param outcomes the outcomes the plan and deviations name, by id
 * @param authors display names of who registered and changed the plan, by user key
 * @param publications the versions of its publication, oldest first
 * @param canPublish whether the caller may publish it now (publishing on, closed, editable,
 *     department allowed)
 */
public record Registration(
        Experiment experiment,
        Optional<RegisteredPlan> plan,
        List<Deviation> deviations,
        Map<OutcomeId, Outcome> outcomes,
        Map<String, String> authors,
        List<Publication> publications,
        boolean canEdit,
        boolean canPublish) {
    public Registration {
        deviations = List.copyOf(deviations);
        publications = List.copyOf(publications);
    }

    /** The version of the plan now: 1 when registered, plus one per change. */
    public int planVersion() {
        return deviations.stream().mapToInt(Deviation::planVersion).max().orElse(1);
    }
}
