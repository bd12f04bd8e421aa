package org.experimentlog.domain.retrospective;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a retrospective. */
public record RetrospectiveId(long value) {
    public RetrospectiveId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.RETROSPECTIVE_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
