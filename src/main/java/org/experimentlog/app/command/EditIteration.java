package org.experimentlog.app.command;

import java.time.LocalDate;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.register.Deviation;

/**
 * Changes an iteration: its plan and the decision taken. Checked at construction: required parts
 * present. Once the experiment's plan is registered, moving the planned end needs a {@code
 * deviationReason}, kept with the deviation.
 */
public record EditIteration(
        String issueKey,
        IterationId iteration,
        long version,
        String change,
        LocalDate startDate,
        LocalDate endDate,
        Decision decision,
        String rationale,
        String deviationReason) {
    public EditIteration {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("iteration", FieldLabel.ITERATION, iteration);
        Fields.version(version);
        deviationReason =
                Fields.optional(
                        "deviationReason",
                        FieldLabel.DEVIATION_REASON,
                        deviationReason,
                        Deviation.REASON_MAX);
    }

    /** An edit that gives no reason for changing the registered plan's planned end. */
    public EditIteration(
            String issueKey,
            IterationId iteration,
            long version,
            String change,
            LocalDate startDate,
            LocalDate endDate,
            Decision decision,
            String rationale) {
        this(issueKey, iteration, version, change, startDate, endDate, decision, rationale, null);
    }
}
