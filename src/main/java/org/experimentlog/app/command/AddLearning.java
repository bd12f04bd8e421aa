package org.experimentlog.app.command;

import java.util.Set;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Tag;

/**
 * Adds a learning to an experiment, optionally from one of its iterations. Checked at construction:
 * required parts present.
 */
public record AddLearning(String issueKey, IterationId iteration, String statement, Set<Tag> tags) {
    public AddLearning {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("tags", FieldLabel.TAGS, tags);
    }
}
