package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Rewords a learning and replaces its tags. Checked at construction: required parts present. */
public record EditLearning(String issueKey, org.experimentlog.domain.experiment.LearningId learning, long version, String statement, java.util.Set<org.experimentlog.domain.experiment.Tag> tags) {
    public EditLearning {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("learning", FieldLabel.LEARNING, learning);
        Fields.present("tags", FieldLabel.TAGS, tags);
        Fields.version(version);
    }
}
