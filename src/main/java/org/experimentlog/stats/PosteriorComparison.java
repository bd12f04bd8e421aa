package org.experimentlog.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The posterior probability that the variant's true success rate exceeds the control's, with uniform Beta(1, 1)
 * priors, so each rate's posterior is Beta(1 + successes, 1 + failures).
 *
 * <p>P(B &gt; A) = integral of pdf_B(x) cdf_A(x) dx, computed with Simpson's rule over the central 1 - 2e-15 of the
 * narrower posterior, where the wider posterior's distribution function is smooth compared with the grid. This stays
 * accurate to about 1e-8 and takes milliseconds for groups of ten million, where the exact closed-form sum (Evan
 * Miller) would need one term per success.
 */
final class PosteriorComparison {
    private static final int INTERVALS = 2048;
    private static final double TAIL = 1e-15;

    private PosteriorComparison() {
    }

    static double probabilityVariantBetter(long controlSuccesses, long controlSize, long variantSuccesses,
            long variantSize) {
        if (controlSuccesses == variantSuccesses && controlSize == variantSize) {
            return 0.5;
        }
        BetaDistribution control = posterior(controlSuccesses, controlSize);
        BetaDistribution variant = posterior(variantSuccesses, variantSize);
        if (variant.getVariance() <= control.getVariance()) {
            return integrate(variant, control, false);
        }
        return integrate(control, variant, true);
    }

    private static BetaDistribution posterior(long successes, long size) {
        return BetaDistribution.of(1.0 + successes, 1.0 + (size - successes));
    }

    /**
     * Integrates the narrow posterior's density times the wide posterior's distribution function: P(narrow &gt; wide),
     * or with the survival function, P(wide &gt; narrow).
     */
    private static double integrate(BetaDistribution narrow, BetaDistribution wide, boolean survival) {
        double lower = narrow.inverseCumulativeProbability(TAIL);
        double upper = narrow.inverseSurvivalProbability(TAIL);
        double step = (upper - lower) / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double x = i == INTERVALS ? upper : lower + i * step;
            double weight = i == 0 || i == INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
            double other = survival ? wide.survivalProbability(x) : wide.cumulativeProbability(x);
            sum += weight * narrow.density(x) * other;
        }
        return Math.max(0, Math.min(1, sum * step / 3));
    }
}
