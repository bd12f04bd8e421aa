package org.experimentlog.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;

/**
 * What happened in a period that a digest can report, read in a fixed number of queries whatever
 * the number of recipients; the digest service decides per recipient what they follow and may see.
 */
public interface DigestSource {
    /** A learning written in the period. */
    record NewLearning(
            long id,
            IssueRef issue,
            ProjectKey project,
            String statement,
            Set<Long> departments,
            Set<Long> outcomes,
            Set<String> tags,
            Instant at) {}

    /** An experiment concluded or abandoned in the period, with its results. */
    record ClosedExperiment(
            long id,
            IssueRef issue,
            ProjectKey project,
            String change,
            Stage stage,
            Optional<Verdict> verdict,
            Set<Long> departments,
            Set<Long> outcomes,
            Set<String> tags,
            List<Result> results,
            Instant at) {}

    /**
     * A failure story shared in the period; {@code project} is that of the experiment it is about,
     * if any.
     */
    record NewStory(
            long id,
            String title,
            boolean toEveryone,
            Set<Long> audience,
            UserRef author,
            Optional<ProjectKey> project,
            Optional<IssueRef> issue,
            Instant at) {}

    /**
     * Someone marked a story as helpful ({@code appliedIn} empty) or recorded that they applied it.
     */
    record StoryFeedback(
            String key,
            long storyId,
            String storyTitle,
            UserRef storyAuthor,
            UserRef by,
            Optional<String> appliedIn,
            Instant at) {}

    /** Everything in the period. */
    record Activity(
            List<NewLearning> learnings,
            List<ClosedExperiment> experiments,
            List<NewStory> stories,
            List<StoryFeedback> feedback) {
        public Activity {
            learnings = List.copyOf(learnings);
            experiments = List.copyOf(experiments);
            stories = List.copyOf(stories);
            feedback = List.copyOf(feedback);
        }
    }

    /** What happened from {@code from} (inclusive) until {@code until} (exclusive). */
    Activity between(Instant from, Instant until);
}
