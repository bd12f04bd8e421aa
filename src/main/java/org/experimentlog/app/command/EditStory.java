package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Edits a failure story. Checked at construction: required parts present. */
public record EditStory(org.experimentlog.domain.failure.FailureStoryId story, long version, org.experimentlog.domain.failure.StoryText text, java.util.Set<org.experimentlog.domain.failure.ContributingFactor> factors, org.experimentlog.domain.failure.Impact impact, String experimentIssueKey, org.experimentlog.domain.experiment.IterationId iteration, org.experimentlog.domain.failure.Audience audience, boolean anonymous) {
    public EditStory {
        Fields.present("story", FieldLabel.STORY, story);
        Fields.present("text", FieldLabel.STORY, text);
        Fields.present("factors", FieldLabel.FACTORS, factors);
        Fields.version(version);
    }
}
