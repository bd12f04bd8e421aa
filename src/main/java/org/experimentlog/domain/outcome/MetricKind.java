package org.experimentlog.domain.outcome;

import org.experimentlog.domain.Coded;

/** Preset metrics for public services, each with a sensible default unit and direction. */
public enum MetricKind implements Coded {
    SATISFACTION("satisfaction", "%", Direction.HIGHER_IS_BETTER),
    SPEED_OF_SERVICE("speed-of-service", "minutes", Direction.LOWER_IS_BETTER),
    COMPLETION_RATE("completion-rate", "%", Direction.HIGHER_IS_BETTER),
    DIGITAL_TAKE_UP("digital-take-up", "%", Direction.HIGHER_IS_BETTER),
    COST_PER_TRANSACTION("cost-per-transaction", "EUR", Direction.LOWER_IS_BETTER),
    ADOPTION("adoption", "users", Direction.HIGHER_IS_BETTER),
    CUSTOM("custom", "", Direction.HIGHER_IS_BETTER);

    private final String code;
    private final String defaultUnit;
    private final Direction defaultDirection;

    MetricKind(String code, String defaultUnit, Direction defaultDirection) {
        this.code = code;
        this.defaultUnit = defaultUnit;
        this.defaultDirection = defaultDirection;
    }

    @Override
    public String code() {
        return code;
    }

    public String defaultUnit() {
        return defaultUnit;
    }

    public Direction defaultDirection() {
        return defaultDirection;
    }
}
