package org.experimentlog.domain.experiment;

import org.experimentlog.domain.Coded;

/** A way to make a hypothesis easier to test. */
public enum HypothesisHint implements Coded {
    /** Nothing says why the change should work, so a result cannot teach much. */
    NO_REASON("no-reason"),
    /** Nothing says how the team will know. */
    NO_SIGNAL("no-signal"),
    /** The signal has no number, so nobody can tell when it is reached. */
    NO_THRESHOLD("no-threshold");

    private final String code;

    HypothesisHint(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
