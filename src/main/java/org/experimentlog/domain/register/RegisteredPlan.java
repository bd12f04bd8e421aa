package org.experimentlog.domain.register;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Iteration;

/**
 * The plan of an experiment as it stood when the experiment first ran: frozen before the data came
 * in. It never changes; later edits of its parts are recorded as {@link Deviation}s, and each
 * deviation numbers a new version of the plan (the registered plan is version 1).
 *
 * @param plannedEnd the planned end of the running iteration when one was given; null otherwise
 * @param late true when the experiment was already running before plans were registered, so the
 *     plan was registered afterwards (by the upgrade) and is labelled "registered late"
 */
public record RegisteredPlan(
        ExperimentId experimentId,
        PlanContent content,
        LocalDate plannedEnd,
        UserRef registeredBy,
        Instant registeredAt,
        boolean late) {
    public RegisteredPlan {
        requireNonNull(experimentId, "experimentId");
        requireNonNull(content, "content");
        requireNonNull(registeredBy, "registeredBy");
        requireNonNull(registeredAt, "registeredAt");
    }

    /** Registers the plan of an experiment that starts running now. */
    public static RegisteredPlan register(
            Experiment experiment, LocalDate plannedEnd, UserRef by, Instant at) {
        return new RegisteredPlan(
                experiment.requireId(), PlanContent.of(experiment), plannedEnd, by, at, false);
    }

    /**
     * Registers, honestly labelled as late, the plan of an experiment that was running before
     * registration existed.
     */
    public static RegisteredPlan registerLate(
            Experiment experiment, LocalDate plannedEnd, UserRef by, Instant at) {
        return new RegisteredPlan(
                experiment.requireId(), PlanContent.of(experiment), plannedEnd, by, at, true);
    }

    /** The planned end a plan registers: the end date of the latest iteration, when it has one. */
    public static LocalDate plannedEndOf(List<Iteration> iterations) {
        return iterations.stream()
                .max(Comparator.comparingInt(Iteration::number))
                .flatMap(Iteration::endDate)
                .orElse(null);
    }

    public Optional<LocalDate> plannedEndDate() {
        return Optional.ofNullable(plannedEnd);
    }
}
