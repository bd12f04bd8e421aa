package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Verdict;

/**
 * A learning recorded in the period, with the experiment it came from.
 *
 * @param learning the learning
 * @param issue the issue of its experiment
 * @param statement what was learned
 * @param createdAt when it was recorded
 * @param verdict its experiment's verdict; null while it is not concluded
 */
public record ReportLearning(
        LearningId learning, IssueRef issue, String statement, Instant createdAt, Verdict verdict) {
    public ReportLearning {
        requireNonNull(learning, "learning");
        requireNonNull(issue, "issue");
        requireNonNull(statement, "statement");
        requireNonNull(createdAt, "createdAt");
    }

    public Optional<Verdict> verdictIfAny() {
        return Optional.ofNullable(verdict);
    }
}
