package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Stage;
import org.springframework.stereotype.Component;

/**
 * The conclude gate Jira's workflow enforces: an Experiment issue may be resolved only when its
 * experiment is concluded (with a verdict and at least one learning) or abandoned (with a reason).
 * The workflow validator refuses the transition with the refusal's message and the workflow
 * condition hides it; both ask here. It reads only, and costs a fixed two queries (the experiment,
 * then its learnings when it is concluded).
 *
 * <p>No permission check: Jira has already decided that the caller may perform the transition, and
 * the answer names only the experiment's stage, which the issue panel shows to anyone who can see
 * the issue.
 */
@Component
public class ClosingGate {
    /** Why an issue may not be resolved yet; {@link #key()} is its message in the i18n bundles. */
    public enum Refusal {
        /** No experiment was ever opened on the issue. */
        NO_EXPERIMENT,
        /** The experiment is still designing, running or analysing. */
        STILL_OPEN,
        /** Concluded, but its learnings have since gone. */
        NO_LEARNING,
        /** Abandoned, but this gate was configured to let only concluded experiments through. */
        ABANDONED_NOT_ACCEPTED;

        public String key() {
            return "experimentlog.workflow.refused."
                    + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A refusal, with the stage the experiment is in (empty when there is no experiment). */
    public record Answer(Refusal refusal, Optional<Stage> stage) {}

    private final ExperimentRepository experiments;

    @Inject
    public ClosingGate(ExperimentRepository experiments) {
        this.experiments = experiments;
    }

    /**
     * Why the issue may not be resolved, or empty when it may.
     *
     * @param issueId the Jira issue's id
     * @param acceptAbandoned whether an abandoned experiment (its reason is required by the domain)
     *     passes
     */
    public Optional<Answer> refusal(long issueId, boolean acceptAbandoned) {
        Optional<Experiment> found = experiments.findByIssue(issueId);
        if (found.isEmpty()) {
            return Optional.of(new Answer(Refusal.NO_EXPERIMENT, Optional.empty()));
        }
        Experiment experiment = found.get();
        Stage stage = experiment.stage();
        return switch (stage) {
            case CONCLUDED ->
                    experiment.verdict().isPresent()
                                    && !experiments.learningsOf(experiment.requireId()).isEmpty()
                            ? Optional.empty()
                            : Optional.of(new Answer(Refusal.NO_LEARNING, Optional.of(stage)));
            case ABANDONED ->
                    acceptAbandoned && experiment.closingNote().isPresent()
                            ? Optional.empty()
                            : Optional.of(
                                    new Answer(Refusal.ABANDONED_NOT_ACCEPTED, Optional.of(stage)));
            default -> Optional.of(new Answer(Refusal.STILL_OPEN, Optional.of(stage)));
        };
    }
}
