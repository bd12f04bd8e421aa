package org.experimentlog.domain.experiment;

import org.experimentlog.domain.Coded;

/**
 * How the experiment is run. Non-randomised methods give weaker evidence, and the product says so.
 */
public enum Method implements Coded {
    AB_TEST("ab-test", true),
    PILOT("pilot", false),
    BEFORE_AFTER("before-after", false),
    USABILITY_TEST("usability-test", false),
    INTERVIEWS("interviews", false),
    SURVEY("survey", false),
    PROTOTYPE("prototype", false),
    OTHER("other", false);

    private final String code;
    private final boolean randomised;

    Method(String code, boolean randomised) {
        this.code = code;
        this.randomised = randomised;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether participants are assigned at random, which supports causal claims. */
    public boolean isRandomised() {
        return randomised;
    }
}
