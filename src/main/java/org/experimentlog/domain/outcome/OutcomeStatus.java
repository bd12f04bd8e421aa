package org.experimentlog.domain.outcome;

import org.experimentlog.domain.Coded;

/** Where an outcome stands. */
public enum OutcomeStatus implements Coded {
    ACTIVE("active"),
    ACHIEVED("achieved"),
    PAUSED("paused"),
    RETIRED("retired");

    private final String code;

    OutcomeStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
