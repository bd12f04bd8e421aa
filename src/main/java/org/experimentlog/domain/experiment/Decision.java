package org.experimentlog.domain.experiment;

import org.experimentlog.domain.Coded;

/** What the team decided at the end of an iteration. */
public enum Decision implements Coded {
    PERSEVERE("persevere"),
    PIVOT("pivot"),
    SCALE("scale"),
    STOP("stop");

    private final String code;

    Decision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
