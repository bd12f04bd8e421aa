package org.experimentlog.domain.failure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;

/**
 * The experiment (and iteration) a failure story is about.
 *
 * @param experiment the experiment
 * @param issue its issue, for links
 * @param iteration the iteration, if the story is about one
 */
public record StoryLink(ExperimentId experiment, IssueRef issue, IterationId iteration) {
    public StoryLink {
        requireNonNull(experiment, "experiment");
        requireNonNull(issue, "issue");
    }

    public Optional<IterationId> iterationId() {
        return Optional.ofNullable(iteration);
    }
}
