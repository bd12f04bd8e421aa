package org.experimentlog.domain.outcome;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A value at a date: an outcome's baseline or target.
 *
 * @param value the value
 * @param date when it was (or should be) reached
 */
public record Reference(double value, LocalDate date) {
    public Reference {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("A reference value is a number");
        }
        requireNonNull(date, "date");
    }
}
