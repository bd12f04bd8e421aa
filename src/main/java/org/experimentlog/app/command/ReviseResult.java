package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.outcome.OutcomeId;

/** Corrects a result. Checked at construction: required parts present. */
public record ReviseResult(
        String issueKey,
        ResultId result,
        long version,
        OutcomeId outcome,
        String title,
        ResultMeasure measure,
        String note) {
    public ReviseResult {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("result", FieldLabel.RESULT, result);
        Fields.version(version);
    }
}
