package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.failure.FailureStoryId;

/**
 * Records that a story's lesson was applied in an experiment. Checked at construction: required
 * parts present.
 */
public record RecordAppliedIn(FailureStoryId story, String issueKey, String note) {
    public RecordAppliedIn {
        Fields.present("story", FieldLabel.STORY, story);
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
    }
}
