package org.experimentlog.domain.outcome;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a measurement. */
public record MeasurementId(long value) {
    public MeasurementId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.MEASUREMENT_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
