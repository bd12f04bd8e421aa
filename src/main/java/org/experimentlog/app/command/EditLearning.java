package org.experimentlog.app.command;

import org.experimentlog.domain.Fields;

/** Rewords a learning and replaces its tags. Checked at construction: required parts present. */
public record EditLearning(String issueKey, org.experimentlog.domain.experiment.LearningId learning, long version, String statement, java.util.Set<org.experimentlog.domain.experiment.Tag> tags) {
    public EditLearning {
        Fields.present("issueKey", "The issue key", issueKey);
        Fields.present("learning", "The learning", learning);
        Fields.present("tags", "The tags", tags);
        Fields.version(version);
    }
}
