package org.experimentlog.domain.experiment;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a result. */
public record ResultId(long value) {
    public ResultId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.RESULT_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
