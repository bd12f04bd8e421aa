package org.experimentlog.domain.failure;

import org.experimentlog.domain.InvalidInputException;

/** The stored id of a failure story. */
public record FailureStoryId(long value) {
    public FailureStoryId {
        if (value <= 0) {
            throw new InvalidInputException("id", "The id of a failure story must be positive.");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
