package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.outcome.OutcomeId;

/** Records a result in an iteration. Checked at construction: required parts present. */
public record RecordResult(
        String issueKey,
        IterationId iteration,
        OutcomeId outcome,
        String title,
        ResultMeasure measure,
        String note) {
    public RecordResult {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("iteration", FieldLabel.ITERATION, iteration);
    }
}
