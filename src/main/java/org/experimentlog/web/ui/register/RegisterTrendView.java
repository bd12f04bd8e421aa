package org.experimentlog.web.ui.register;

import java.util.List;

/**
 * A linked outcome as published: what was expected of it, its baseline, target and measurements.
 */
public final class RegisterTrendView {
    private final String title;
    private final String expected;
    private final String baseline;
    private final String target;
    private final List<RegisterPairView> measurements;

    RegisterTrendView(
            String title,
            String expected,
            String baseline,
            String target,
            List<RegisterPairView> measurements) {
        this.title = title;
        this.expected = expected;
        this.baseline = baseline;
        this.target = target;
        this.measurements = List.copyOf(measurements);
    }

    public String getTitle() {
        return title;
    }

    public String getExpected() {
        return expected;
    }

    public String getBaseline() {
        return baseline;
    }

    public String getTarget() {
        return target;
    }

    /** Each measurement: its day (label) and value. */
    public List<RegisterPairView> getMeasurements() {
        return measurements;
    }

    public boolean isHasMeasurements() {
        return !measurements.isEmpty();
    }
}
