package org.experimentlog.domain.register;

import org.experimentlog.domain.Coded;

/**
 * A part of the registered plan that can deviate. Each part belongs to a kind, by which the
 * retrospective counts the experiments that deviated: the hypothesis, the success signal, the
 * method (with its planned end and sample size) or the linked outcomes.
 */
public enum PlanPart implements Coded {
    CHANGE("change", DeviationKind.HYPOTHESIS),
    AUDIENCE("audience", DeviationKind.HYPOTHESIS),
    EXPECTED_RESULT("expected-result", DeviationKind.HYPOTHESIS),
    REASON("reason", DeviationKind.HYPOTHESIS),
    SIGNAL("signal", DeviationKind.SIGNAL),
    METHOD("method", DeviationKind.METHOD),
    METHOD_DETAILS("method-details", DeviationKind.METHOD),
    OUTCOMES("outcomes", DeviationKind.OUTCOMES),
    /** The day the experiment was planned to end: how long it runs is part of its method. */
    PLANNED_END("planned-end", DeviationKind.METHOD),
    /** How many participants or observations the experiment plans: part of its method. */
    SAMPLE_SIZE("sample-size", DeviationKind.METHOD);

    private final String code;
    private final DeviationKind kind;

    PlanPart(String code, DeviationKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    public DeviationKind kind() {
        return kind;
    }
}
