package org.experimentlog.testing;

import org.experimentlog.domain.experiment.Hypothesis;

/** Builds hypotheses; by default a complete one with a reason and a signal that has a threshold. */
public final class Hypotheses {
    private String change = "pre-filling the licence plate on the renewal form";
    private String audience = "residents who renew their parking permit online";
    private String expectedResult = "faster renewals and fewer calls to the service desk";
    private String reason = "most residents keep the same car and retype its plate every year";
    private String signal = "the median renewal takes under 5 minutes for 4 weeks";

    private Hypotheses() {}

    public static Hypotheses aHypothesis() {
        return new Hypotheses();
    }

    public Hypotheses withChange(String value) {
        change = value;
        return this;
    }

    public Hypotheses withAudience(String value) {
        audience = value;
        return this;
    }

    public Hypotheses withExpectedResult(String value) {
        expectedResult = value;
        return this;
    }

    public Hypotheses withReason(String value) {
        reason = value;
        return this;
    }

    public Hypotheses withSignal(String value) {
        signal = value;
        return this;
    }

    public Hypothesis build() {
        return new Hypothesis(change, audience, expectedResult, reason, signal);
    }
}
