package org.experimentlog.stats;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The posterior probability that the variant's true success rate exceeds the control's, with
 * uniform Beta(1, 1) priors, so each rate's posterior is Beta(1 + successes, 1 + failures).
 *
 * <p>All four posterior parameters are integers, so P(B &gt; A) has Evan Miller's exact closed form
 * ("Formulas for Bayesian A/B Testing", evanmiller.org/bayesian-ab-testing.html): a sum of positive
 * terms, one per unit of one parameter. By symmetry (P(B &gt; A) = 1 - P(A &gt; B), and comparing
 * failure rates instead of success rates) the sum can run over whichever of the four parameters is
 * smallest, and consecutive terms differ by a rational factor, so each term costs a few
 * multiplications. Summing positive terms is stable; the rounding error grows with the number of
 * terms, about 1e-16 each, so up to {@link #MAX_TERMS} terms the result is exact to about 1e-11.
 * That covers every result where one group has at most that many successes or failures.
 *
 * <p>Beyond that (both groups with more than a hundred thousand successes and failures) it
 * integrates pdf_B(x) cdf_A(x) dx with Simpson's rule over the central 1 - 2e-15 of the narrower
 * posterior, where the wider posterior's distribution function is smooth compared with the grid:
 * accurate to about 1e-8, in milliseconds.
 */
final class PosteriorComparison {
    static final long MAX_TERMS = 100_000;
    private static final int INTERVALS = 2048;
    private static final double TAIL = 1e-15;

    /**
     * Rescale the running term and sum before they overflow; far from Double.MAX_VALUE (about
     * 1.8e308).
     */
    private static final double RESCALE_ABOVE = 1e250;

    private PosteriorComparison() {}

    static double probabilityVariantBetter(
            long controlSuccesses, long controlSize, long variantSuccesses, long variantSize) {
        if (controlSuccesses == variantSuccesses && controlSize == variantSize) {
            return 0.5;
        }
        long alphaA = 1 + controlSuccesses;
        long betaA = 1 + controlSize - controlSuccesses;
        long alphaB = 1 + variantSuccesses;
        long betaB = 1 + variantSize - variantSuccesses;
        long fewest = Math.min(Math.min(alphaA, betaA), Math.min(alphaB, betaB));
        if (fewest <= MAX_TERMS) {
            return clamp(closedForm(alphaA, betaA, alphaB, betaB, fewest));
        }
        BetaDistribution control = BetaDistribution.of(alphaA, betaA);
        BetaDistribution variant = BetaDistribution.of(alphaB, betaB);
        if (variant.getVariance() <= control.getVariance()) {
            return integrate(variant, control, false);
        }
        return integrate(control, variant, true);
    }

    /** Chooses the form of Miller's sum with {@code fewest} terms. */
    private static double closedForm(
            long alphaA, long betaA, long alphaB, long betaB, long fewest) {
        if (fewest == alphaB) {
            return millerSum(alphaA, betaA, alphaB, betaB);
        }
        if (fewest == alphaA) {
            return 1 - millerSum(alphaB, betaB, alphaA, betaA);
        }
        // With failure rates: B's success rate exceeds A's exactly when A's failure rate exceeds
        // B's.
        if (fewest == betaA) {
            return millerSum(betaB, alphaB, betaA, alphaA);
        }
        return 1 - millerSum(betaA, alphaA, betaB, alphaB);
    }

    /**
     * P(Y &gt; X) for X ~ Beta(a, b) and Y ~ Beta(c, d): the sum over i &lt; c of B(a + i, b + d) /
     * ((d + i) B(1 + i, d) B(a, b)). The first term is B(a, b + d) / B(a, b); each next one is the
     * previous times (a + i)(d + i) / ((a + b + d + i)(1 + i)). The terms are summed relative to
     * the first, rescaled when they grow large, so neither a tiny first term nor a huge peak leaves
     * the range of a double.
     */
    private static double millerSum(long a, long b, long c, long d) {
        double logFirst = LogBeta.value(a, (double) b + d) - LogBeta.value(a, b);
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (long i = 0; i < c - 1; i++) {
            term *= ((double) (a + i) * (d + i)) / ((double) (a + b + d + i) * (1 + i));
            sum += term;
            if (sum > RESCALE_ABOVE) {
                term /= RESCALE_ABOVE;
                sum /= RESCALE_ABOVE;
                logScale += Math.log(RESCALE_ABOVE);
            }
        }
        return Math.exp(logFirst + logScale + Math.log(sum));
    }

    private static double clamp(double probability) {
        return Math.max(0, Math.min(1, probability));
    }

    /**
     * Integrates the narrow posterior's density times the wide posterior's distribution function:
     * P(narrow &gt; wide), or with the survival function, P(wide &gt; narrow).
     */
    private static double integrate(
            BetaDistribution narrow, BetaDistribution wide, boolean survival) {
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
        return clamp(sum * step / 3);
    }
}
