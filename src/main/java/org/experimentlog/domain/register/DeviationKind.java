package org.experimentlog.domain.register;

import org.experimentlog.domain.Coded;

/** What a deviation from the registered plan changed, as the retrospective groups them. */
public enum DeviationKind implements Coded {
    HYPOTHESIS("hypothesis"),
    SIGNAL("signal"),
    METHOD("method"),
    OUTCOMES("outcomes");

    private final String code;

    DeviationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
