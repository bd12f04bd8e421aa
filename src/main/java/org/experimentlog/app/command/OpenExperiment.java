package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/**
 * Opens an experiment on an issue of type Experiment. Checked at construction: required parts
 * present.
 */
public record OpenExperiment(String issueKey) {
    public OpenExperiment {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
    }
}
