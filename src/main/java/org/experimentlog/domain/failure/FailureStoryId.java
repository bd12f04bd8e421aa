package org.experimentlog.domain.failure;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a failure story. */
public record FailureStoryId(long value) {
    public FailureStoryId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.FAILURE_STORY_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
