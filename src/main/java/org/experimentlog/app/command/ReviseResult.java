package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Corrects a result. Checked at construction: required parts present. */
public record ReviseResult(String issueKey, org.experimentlog.domain.experiment.ResultId result, long version, org.experimentlog.domain.outcome.OutcomeId outcome, String title, org.experimentlog.domain.experiment.ResultMeasure measure, String note) {
    public ReviseResult {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("result", FieldLabel.RESULT, result);
        Fields.version(version);
    }
}
