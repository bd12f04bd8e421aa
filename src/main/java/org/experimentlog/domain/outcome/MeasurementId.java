package org.experimentlog.domain.outcome;

import org.experimentlog.domain.InvalidInputException;

/** The stored id of a measurement. */
public record MeasurementId(long value) {
    public MeasurementId {
        if (value <= 0) {
            throw new InvalidInputException("id", "The id of a measurement must be positive.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
