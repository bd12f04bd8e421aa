package org.experimentlog.domain.outcome;

import org.experimentlog.domain.InvalidInputException;

/** The stored id of an outcome. */
public record OutcomeId(long value) {
    public OutcomeId {
        if (value <= 0) {
            throw new InvalidInputException("id", "The id of an outcome must be positive.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
