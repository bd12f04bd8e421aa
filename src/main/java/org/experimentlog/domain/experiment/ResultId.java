package org.experimentlog.domain.experiment;

import org.experimentlog.domain.InvalidInputException;

/** The stored id of a result. */
public record ResultId(long value) {
    public ResultId {
        if (value <= 0) {
            throw new InvalidInputException("id", "The id of a result must be positive.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
