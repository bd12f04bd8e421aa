package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.outcome.Outcome;

/**
 * An outcome with the value and day of its latest measurement, as its stored row holds them: read
 * with the outcome in one query.
 *
 * @param outcome the outcome
 * @param latestValue the latest measurement's value, absent before the first measurement
 * @param latestOn the latest measurement's day, absent before the first measurement
 */
public record OutcomeWithLatest(
        Outcome outcome, Optional<Double> latestValue, Optional<LocalDate> latestOn) {
    public OutcomeWithLatest {
        requireNonNull(outcome, "outcome");
        requireNonNull(latestValue, "latestValue");
        requireNonNull(latestOn, "latestOn");
    }
}
