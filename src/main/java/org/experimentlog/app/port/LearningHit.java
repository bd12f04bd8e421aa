package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;

/**
 * A learning found in the library, with what a reader needs to know about the experiment it came
 * from.
 *
 * @param learning the learning
 * @param issue the issue of its experiment
 * @param stage the stage of its experiment
 * @param verdict the verdict of its experiment; null while it is not concluded
 */
public record LearningHit(Learning learning, IssueRef issue, Stage stage, Verdict verdict) {
    public LearningHit {
        requireNonNull(learning, "learning");
        requireNonNull(issue, "issue");
        requireNonNull(stage, "stage");
    }

    public Optional<Verdict> verdictIfAny() {
        return Optional.ofNullable(verdict);
    }
}
