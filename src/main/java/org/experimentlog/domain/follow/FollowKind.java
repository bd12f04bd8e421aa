package org.experimentlog.domain.follow;

import org.experimentlog.domain.Coded;

/** What a person can follow to have it come to their inbox. */
public enum FollowKind implements Coded {
    DEPARTMENT("department"),
    OUTCOME("outcome"),
    TAG("tag"),
    PROJECT("project");

    private final String code;

    FollowKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
