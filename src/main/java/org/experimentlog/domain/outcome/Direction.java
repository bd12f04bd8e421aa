package org.experimentlog.domain.outcome;

import org.experimentlog.domain.Coded;

/** Whether a metric improves by going up or down. */
public enum Direction implements Coded {
    HIGHER_IS_BETTER("higher-is-better"),
    LOWER_IS_BETTER("lower-is-better");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether {@code candidate} is better than {@code reference} for this direction. */
    public boolean isBetter(double candidate, double reference) {
        return this == HIGHER_IS_BETTER ? candidate > reference : candidate < reference;
    }
}
