package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Shares a failure story. Checked at construction: required parts present. */
public record ShareStory(org.experimentlog.domain.failure.StoryText text, java.util.Set<org.experimentlog.domain.failure.ContributingFactor> factors, org.experimentlog.domain.failure.Impact impact, String experimentIssueKey, org.experimentlog.domain.experiment.IterationId iteration, org.experimentlog.domain.failure.Audience audience, boolean anonymous) {
    public ShareStory {
        Fields.present("text", FieldLabel.STORY, text);
        Fields.present("factors", FieldLabel.FACTORS, factors);
    }
}
