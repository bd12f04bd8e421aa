package org.experimentlog.domain.outcome;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of an outcome. */
public record OutcomeId(long value) {
    public OutcomeId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.OUTCOME_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
