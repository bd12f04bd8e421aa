package org.experimentlog.domain.experiment;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of an experiment. */
public record ExperimentId(long value) {
    public ExperimentId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.EXPERIMENT_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
