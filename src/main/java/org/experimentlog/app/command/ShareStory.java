package org.experimentlog.app.command;

import java.util.Set;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryText;

/** Shares a failure story. Checked at construction: required parts present. */
public record ShareStory(
        StoryText text,
        Set<ContributingFactor> factors,
        Impact impact,
        String experimentIssueKey,
        IterationId iteration,
        Audience audience,
        boolean anonymous) {
    public ShareStory {
        Fields.present("text", FieldLabel.STORY, text);
        Fields.present("factors", FieldLabel.FACTORS, factors);
    }
}
