package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Replaces the hypothesis of an experiment. Checked at construction: required parts present. */
public record EditHypothesis(String issueKey, long version, org.experimentlog.domain.experiment.Hypothesis hypothesis) {
    public EditHypothesis {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("hypothesis", FieldLabel.HYPOTHESIS, hypothesis);
        Fields.version(version);
    }
}
