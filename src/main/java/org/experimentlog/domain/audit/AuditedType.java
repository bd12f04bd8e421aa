package org.experimentlog.domain.audit;

import org.experimentlog.domain.Coded;

/** The kinds of object whose changes are audited. */
public enum AuditedType implements Coded {
    EXPERIMENT("experiment"),
    ITERATION("iteration"),
    RESULT("result"),
    LEARNING("learning"),
    OUTCOME("outcome"),
    MEASUREMENT("measurement"),
    FAILURE_STORY("failure-story"),
    DEPARTMENT("department"),
    RETROSPECTIVE("retrospective"),
    SETTINGS("settings"),
    /** A publication of an experiment in the public register. */
    PUBLICATION("publication"),
    FOLLOW("follow"),
    DIGEST_PREFERENCES("digest-preferences"),
    DIGEST_RUN("digest-run");

    private final String code;

    AuditedType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
