package org.experimentlog.app.command;

import java.util.Set;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Tag;

/** Rewords a learning and replaces its tags. Checked at construction: required parts present. */
public record EditLearning(
        String issueKey, LearningId learning, long version, String statement, Set<Tag> tags) {
    public EditLearning {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("learning", FieldLabel.LEARNING, learning);
        Fields.present("tags", FieldLabel.TAGS, tags);
        Fields.version(version);
    }
}
