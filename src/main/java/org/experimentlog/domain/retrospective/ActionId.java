package org.experimentlog.domain.retrospective;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a retrospective action. */
public record ActionId(long value) {
    public ActionId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.ACTION_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
