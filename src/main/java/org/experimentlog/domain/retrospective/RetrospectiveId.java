package org.experimentlog.domain.retrospective;

import org.experimentlog.domain.InvalidInputException;

/** The stored id of a retrospective. */
public record RetrospectiveId(long value) {
    public RetrospectiveId {
        if (value <= 0) {
            throw new InvalidInputException("id", "The id of a retrospective must be positive.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
