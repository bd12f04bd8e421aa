package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.IssueRef;

/**
 * One iteration of an experiment that aims to move an outcome: where it sits on the outcome's time
 * axis.
 *
 * @param issue the experiment's issue
 * @param number the iteration number, 1, 2, 3… per experiment
 * @param start its first day, or null when not planned yet
 * @param end its last day, or null when not planned yet
 */
public record LinkedIteration(IssueRef issue, int number, LocalDate start, LocalDate end) {
    public LinkedIteration {
        requireNonNull(issue, "issue");
    }

    /** Whether it has both a first and a last day, so it can be drawn on a time axis. */
    public boolean isDated() {
        return start != null && end != null;
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(start);
    }
}
