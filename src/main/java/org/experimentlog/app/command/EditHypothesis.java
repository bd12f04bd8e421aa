package org.experimentlog.app.command;

import org.experimentlog.domain.Fields;

/** Replaces the hypothesis of an experiment. Checked at construction: required parts present. */
public record EditHypothesis(String issueKey, long version, org.experimentlog.domain.experiment.Hypothesis hypothesis) {
    public EditHypothesis {
        Fields.present("issueKey", "The issue key", issueKey);
        Fields.present("hypothesis", "The hypothesis", hypothesis);
        Fields.version(version);
    }
}
