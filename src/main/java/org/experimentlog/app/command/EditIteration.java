package org.experimentlog.app.command;

import java.time.LocalDate;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.IterationId;

/**
 * Changes an iteration: its plan and the decision taken. Checked at construction: required parts
 * present.
 */
public record EditIteration(
        String issueKey,
        IterationId iteration,
        long version,
        String change,
        LocalDate startDate,
        LocalDate endDate,
        Decision decision,
        String rationale) {
    public EditIteration {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("iteration", FieldLabel.ITERATION, iteration);
        Fields.version(version);
    }
}
