package org.experimentlog.domain.experiment;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a learning. */
public record LearningId(long value) {
    public LearningId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.LEARNING_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
