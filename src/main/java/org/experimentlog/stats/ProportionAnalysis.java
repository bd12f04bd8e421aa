package org.experimentlog.stats;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The comparison of two success rates: estimates with intervals, a z-test, the Bayesian chance that
 * the variant is better, and a check that the groups were split as planned.
 *
 * @param controlRate successes per participant in the control group
 * @param variantRate successes per participant in the variant group
 * @param difference variant rate minus control rate
 * @param differenceInterval the Wald interval of the difference, with unpooled standard error
 * @param relativeUplift the difference as a share of the control rate; empty when the control rate
 *     is 0
 * @param relativeUpliftInterval the interval of the relative uplift, from the log of the rate ratio
 *     (delta method, as Katz et al. for the relative risk); empty when either group has no
 *     successes
 * @param zTest the two-proportion z-test with pooled standard error; empty when every participant
 *     in both groups had the same outcome, as there is no variation to test
 * @param probabilityVariantBetter the posterior probability that the variant's true rate exceeds
 *     the control's, with uniform Beta(1, 1) priors
 * @param sampleRatio the check of the group sizes against the planned split
 * @param significant whether the z-test is reliable, its p-value is below 1 - confidence level, and
 *     the split is sound
 * @param finding the plain-language finding
 */
public record ProportionAnalysis(
        double controlRate,
        double variantRate,
        double difference,
        ConfidenceInterval differenceInterval,
        OptionalDouble relativeUplift,
        Optional<ConfidenceInterval> relativeUpliftInterval,
        Optional<ZTest> zTest,
        double probabilityVariantBetter,
        SampleRatioCheck sampleRatio,
        boolean significant,
        Finding finding)
        implements Analysis {
    public ProportionAnalysis {
        requireNonNull(differenceInterval, "differenceInterval");
        requireNonNull(relativeUplift, "relativeUplift");
        requireNonNull(relativeUpliftInterval, "relativeUpliftInterval");
        requireNonNull(zTest, "zTest");
        requireNonNull(sampleRatio, "sampleRatio");
        requireNonNull(finding, "finding");
    }

    /** The two-sided p-value of the z-test, if there is variation to test. */
    public OptionalDouble pValue() {
        return zTest.map(test -> OptionalDouble.of(test.pValue())).orElse(OptionalDouble.empty());
    }

    @Override
    public boolean weakerEvidence() {
        return false;
    }

    /**
     * A two-sided two-proportion z-test.
     *
     * @param statistic (variant rate - control rate) / pooled standard error; its square is
     *     Pearson's chi-squared statistic without continuity correction
     * @param pValue the two-sided p-value
     * @param smallestExpectedCount the smallest expected number of successes or failures in a group
     *     if the rates were equal
     */
    public record ZTest(double statistic, double pValue, double smallestExpectedCount) {
        /**
         * The usual rule (Cochran) for the normal approximation: at least 5 expected in every cell.
         */
        public static final double MIN_EXPECTED_COUNT = 5;

        /** Whether the groups are large enough for the normal approximation behind the p-value. */
        public boolean reliable() {
            return smallestExpectedCount >= MIN_EXPECTED_COUNT;
        }
    }
}
