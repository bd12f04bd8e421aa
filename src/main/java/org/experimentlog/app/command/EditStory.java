package org.experimentlog.app.command;

import java.util.Set;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryText;

/** Edits a failure story. Checked at construction: required parts present. */
public record EditStory(
        FailureStoryId story,
        long version,
        StoryText text,
        Set<ContributingFactor> factors,
        Impact impact,
        String experimentIssueKey,
        IterationId iteration,
        Audience audience,
        boolean anonymous) {
    public EditStory {
        Fields.present("story", FieldLabel.STORY, story);
        Fields.present("text", FieldLabel.STORY, text);
        Fields.present("factors", FieldLabel.FACTORS, factors);
        Fields.version(version);
    }
}
