package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Adds a learning to an experiment, optionally from one of its iterations. Checked at construction: required parts present. */
public record AddLearning(String issueKey, org.experimentlog.domain.experiment.IterationId iteration, String statement, java.util.Set<org.experimentlog.domain.experiment.Tag> tags) {
    public AddLearning {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("tags", FieldLabel.TAGS, tags);
    }
}
