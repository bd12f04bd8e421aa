package org.experimentlog.domain.retrospective;

import org.experimentlog.domain.Coded;

/** What a retrospective looks at. */
public enum ScopeKind implements Coded {
    PROJECT("project"),
    DEPARTMENT("department"),
    OUTCOME("outcome"),
    EVERYTHING("everything");

    private final String code;

    ScopeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
