package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * How an outcome moved in a period: baseline, then the latest measurement on or before the period's
 * first day, then the latest on or before its last day, against the target.
 *
 * @param outcome the outcome
 * @param title its title
 * @param unit its unit
 * @param direction which way is better
 * @param baseline its baseline value
 * @param atStart the latest measurement on or before the first day; null when there was none yet
 * @param atEnd the latest measurement on or before the last day; null when there was none yet
 * @param target its target value
 */
public record OutcomeMovement(
        OutcomeId outcome,
        String title,
        String unit,
        Direction direction,
        double baseline,
        Double atStart,
        Double atEnd,
        double target) {
    public OutcomeMovement {
        requireNonNull(outcome, "outcome");
        requireNonNull(title, "title");
        requireNonNull(unit, "unit");
        requireNonNull(direction, "direction");
    }

    public Optional<Double> atStartIfAny() {
        return Optional.ofNullable(atStart);
    }

    public Optional<Double> atEndIfAny() {
        return Optional.ofNullable(atEnd);
    }
}
