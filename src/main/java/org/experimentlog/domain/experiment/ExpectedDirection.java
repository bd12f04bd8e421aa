package org.experimentlog.domain.experiment;

import org.experimentlog.domain.Coded;

/** Which way an experiment expects to move an outcome's metric. */
public enum ExpectedDirection implements Coded {
    INCREASE("increase"),
    DECREASE("decrease");

    private final String code;

    ExpectedDirection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
