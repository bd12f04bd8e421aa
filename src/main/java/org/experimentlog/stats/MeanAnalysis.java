package org.experimentlog.stats;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The comparison of two means with Welch's t-test, which does not assume equal variances.
 *
 * @param controlMean the mean of the control group
 * @param variantMean the mean of the variant group
 * @param difference variant mean minus control mean
 * @param relativeChange the difference as a share of the control mean's size; empty when the
 *     control mean is 0
 * @param welchTest the test and its interval; empty when there is no spread within the groups to
 *     test against
 * @param significant whether the p-value is below 1 - confidence level
 * @param finding the plain-language finding
 */
public record MeanAnalysis(
        double controlMean,
        double variantMean,
        double difference,
        OptionalDouble relativeChange,
        Optional<WelchTest> welchTest,
        boolean significant,
        Finding finding)
        implements Analysis {
    public MeanAnalysis {
        requireNonNull(relativeChange, "relativeChange");
        requireNonNull(welchTest, "welchTest");
        requireNonNull(finding, "finding");
    }

    /** The two-sided p-value, if it can be computed. */
    public OptionalDouble pValue() {
        return welchTest
                .map(test -> OptionalDouble.of(test.pValue()))
                .orElse(OptionalDouble.empty());
    }

    @Override
    public boolean weakerEvidence() {
        return false;
    }

    /**
     * Welch's two-sample t-test of the difference in means.
     *
     * @param statistic the difference divided by its standard error
     * @param degreesOfFreedom the Welch-Satterthwaite degrees of freedom
     * @param pValue the two-sided p-value
     * @param differenceInterval the interval of the difference, with the t quantile at those
     *     degrees of freedom
     */
    public record WelchTest(
            double statistic,
            double degreesOfFreedom,
            double pValue,
            ConfidenceInterval differenceInterval) {
        public WelchTest {
            requireNonNull(differenceInterval, "differenceInterval");
        }
    }
}
