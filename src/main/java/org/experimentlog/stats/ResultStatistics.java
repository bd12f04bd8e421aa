package org.experimentlog.stats;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.ResultMeasure.Mean;
import org.experimentlog.domain.experiment.ResultMeasure.Observed;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.experimentlog.domain.experiment.ResultMeasure.Qualitative;

/**
 * Computes what a result's figures support: estimates, intervals, tests and a plain-language
 * finding.
 */
public final class ResultStatistics {
    /** The confidence level the product uses unless a caller has a reason to choose another. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    /**
     * Analyses the figures of a result.
     *
     * @param measure the figures
     * @param confidenceLevel the level of the intervals, between 0 and 1; a difference is
     *     significant when its p-value is below 1 - confidenceLevel
     * @return the analysis matching the kind of the figures
     * @throws IllegalArgumentException if the confidence level is not strictly between 0 and 1
     */
    public Analysis analyse(ResultMeasure measure, double confidenceLevel) {
        requireNonNull(measure, "measure");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "The confidence level must be between 0 and 1: " + confidenceLevel);
        }
        if (measure instanceof Proportion proportion) {
            return ProportionStatistics.analyse(proportion, confidenceLevel);
        }
        if (measure instanceof Mean mean) {
            return MeanStatistics.analyse(mean, confidenceLevel);
        }
        if (measure instanceof Observed observed) {
            return observed(observed);
        }
        if (measure instanceof Qualitative) {
            return new QualitativeAnalysis(Finding.of(Finding.KEY_PREFIX + "qualitative"));
        }
        throw new IllegalArgumentException("Unknown kind of result: " + measure.kind());
    }

    /**
     * Shows the values as typed and the change with the same precision; no test, as there is no
     * control group.
     */
    private static ObservedAnalysis observed(Observed measure) {
        double change = measure.after() - measure.before();
        int decimals =
                Math.max(
                        ReadableNumbers.typedDecimals(measure.before()),
                        ReadableNumbers.typedDecimals(measure.after()));
        String before = ReadableNumbers.fixed(measure.before(), decimals);
        String after = ReadableNumbers.fixed(measure.after(), decimals);
        String signedChange = ReadableNumbers.signed(change, decimals);
        if (measure.before() == 0) {
            return new ObservedAnalysis(
                    measure.before(),
                    measure.after(),
                    change,
                    OptionalDouble.empty(),
                    Finding.of(
                            Finding.KEY_PREFIX + "observed.fromzero", before, after, signedChange));
        }
        double relativeChange = change / Math.abs(measure.before());
        return new ObservedAnalysis(
                measure.before(),
                measure.after(),
                change,
                OptionalDouble.of(relativeChange),
                Finding.of(
                        Finding.KEY_PREFIX + "observed",
                        before,
                        after,
                        signedChange,
                        ReadableNumbers.signed(relativeChange * 100, 1)));
    }
}
