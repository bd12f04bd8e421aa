package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Changes an iteration: its plan and the decision taken. Checked at construction: required parts present. */
public record EditIteration(String issueKey, org.experimentlog.domain.experiment.IterationId iteration, long version, String change, java.time.LocalDate startDate, java.time.LocalDate endDate, org.experimentlog.domain.experiment.Decision decision, String rationale) {
    public EditIteration {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("iteration", FieldLabel.ITERATION, iteration);
        Fields.version(version);
    }
}
