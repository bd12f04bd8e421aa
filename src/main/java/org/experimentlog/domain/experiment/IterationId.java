package org.experimentlog.domain.experiment;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of an iteration. */
public record IterationId(long value) {
    public IterationId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.ITERATION_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
