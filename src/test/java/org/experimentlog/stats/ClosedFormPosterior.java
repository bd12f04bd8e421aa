package org.experimentlog.stats;

import org.apache.commons.numbers.gamma.LogBeta;

/**
 * Evan Miller's closed form for P(B &gt; A) with Beta posteriors and integer parameters ("Formulas
 * for Bayesian A/B Testing", evanmiller.org/bayesian-ab-testing.html): the sum over i &lt; alpha_B
 * of B(alpha_A + i, beta_A + beta_B) / ((beta_B + i) B(1 + i, beta_B) B(alpha_A, beta_A)). The
 * tests use it as an independent reference for the numerical integration in {@link
 * PosteriorComparison}.
 */
final class ClosedFormPosterior {
    private ClosedFormPosterior() {}

    /**
     * P(variant rate &gt; control rate) with Beta(1, 1) priors, one term per variant success plus
     * one.
     */
    static double probabilityVariantBetter(
            long controlSuccesses, long controlSize, long variantSuccesses, long variantSize) {
        double alphaA = 1.0 + controlSuccesses;
        double betaA = 1.0 + controlSize - controlSuccesses;
        double alphaB = 1.0 + variantSuccesses;
        double betaB = 1.0 + variantSize - variantSuccesses;
        double logBetaA = LogBeta.value(alphaA, betaA);
        double sum = 0;
        for (long i = 0; i < alphaB; i++) {
            sum +=
                    Math.exp(
                            LogBeta.value(alphaA + i, betaA + betaB)
                                    - Math.log(betaB + i)
                                    - LogBeta.value(1 + i, betaB)
                                    - logBetaA);
        }
        return sum;
    }
}
