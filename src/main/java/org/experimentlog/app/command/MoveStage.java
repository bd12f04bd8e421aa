package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.Stage;

/** Moves an experiment to running or analysing. Checked at construction: required parts present. */
public record MoveStage(String issueKey, long version, Stage target) {
    public MoveStage {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("target", FieldLabel.TARGET_STAGE, target);
        Fields.version(version);
    }
}
