package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Records a result in an iteration. Checked at construction: required parts present. */
public record RecordResult(String issueKey, org.experimentlog.domain.experiment.IterationId iteration, org.experimentlog.domain.outcome.OutcomeId outcome, String title, org.experimentlog.domain.experiment.ResultMeasure measure, String note) {
    public RecordResult {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("iteration", FieldLabel.ITERATION, iteration);
    }
}
