package org.experimentlog.stats;

/**
 * A chi-squared goodness-of-fit test of the group sizes against the planned split; a mismatch means
 * the assignment of participants went wrong and no comparison can be trusted.
 *
 * @param plannedVariantShare the share of participants meant to get the variant
 * @param observedVariantShare the share that did
 * @param chiSquared Pearson's chi-squared statistic, one degree of freedom
 * @param pValue the chance of a split at least this far from the plan if assignment worked
 * @param mismatch whether the p-value is below {@link #THRESHOLD}
 */
public record SampleRatioCheck(
        double plannedVariantShare,
        double observedVariantShare,
        double chiSquared,
        double pValue,
        boolean mismatch) {
    /**
     * The usual strict threshold: the check runs on every result, so it must rarely raise a false
     * alarm.
     */
    public static final double THRESHOLD = 0.001;
}
