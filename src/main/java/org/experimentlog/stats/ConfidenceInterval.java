package org.experimentlog.stats;

/**
 * A two-sided confidence interval.
 *
 * @param level the confidence level, such as 0.95
 * @param lower the lower bound
 * @param upper the upper bound, not below the lower bound
 */
public record ConfidenceInterval(double level, double lower, double upper) {
    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(
                    "The confidence level must be between 0 and 1: " + level);
        }
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("The interval is empty: " + lower + " to " + upper);
        }
    }

    /** Whether the interval contains the value. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
