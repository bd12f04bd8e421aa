package org.experimentlog.domain.experiment;

import org.experimentlog.domain.Coded;

/**
 * The four kinds of result; the kind decides which figures a result carries and which statistics
 * apply.
 */
public enum ResultKind implements Coded {
    /**
     * A value before and after a change, without a control group: pilots and before/after
     * comparisons.
     */
    OBSERVED("observed"),
    /** Counts of successes in a control and a variant group. */
    PROPORTION("proportion"),
    /** Size, mean and standard deviation of a control and a variant group. */
    MEAN("mean"),
    /** What people said or did, with a link to the evidence. */
    QUALITATIVE("qualitative");

    private final String code;

    ResultKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
