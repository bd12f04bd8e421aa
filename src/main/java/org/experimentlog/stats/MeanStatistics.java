package org.experimentlog.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.experimentlog.domain.experiment.ResultMeasure.Mean;
import org.experimentlog.stats.MeanAnalysis.WelchTest;

/** Compares the means of a control and a variant group with Welch's t-test. */
final class MeanStatistics {
    private static final TTest WELCH =
            TTest.withDefaults()
                    .with(DataDispersion.HETEROSCEDASTIC)
                    .with(AlternativeHypothesis.TWO_SIDED);

    private MeanStatistics() {}

    static MeanAnalysis analyse(Mean measure, double confidenceLevel) {
        double difference = measure.variantMean() - measure.controlMean();
        OptionalDouble relativeChange =
                measure.controlMean() == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(difference / Math.abs(measure.controlMean()));
        Optional<WelchTest> welchTest = welchTest(measure, difference, confidenceLevel);
        boolean significant =
                welchTest.isPresent() && welchTest.get().pValue() < 1 - confidenceLevel;
        Finding finding =
                welchTest
                        .map(test -> comparison(measure, difference, test, significant))
                        .orElseGet(() -> noVariance(measure));
        return new MeanAnalysis(
                measure.controlMean(),
                measure.variantMean(),
                difference,
                relativeChange,
                welchTest,
                significant,
                finding);
    }

    /**
     * Empty when the spread within the groups is zero (or beyond double range): then no test can be
     * computed.
     */
    private static Optional<WelchTest> welchTest(
            Mean measure, double difference, double confidenceLevel) {
        double controlVariance = measure.controlSd() * measure.controlSd();
        double variantVariance = measure.variantSd() * measure.variantSd();
        double standardError = standardError(measure);
        if (!(standardError > 0) || Double.isInfinite(standardError)) {
            return Optional.empty();
        }
        TTest.Result result =
                WELCH.test(
                        measure.variantMean(),
                        variantVariance,
                        measure.variantSize(),
                        measure.controlMean(),
                        controlVariance,
                        measure.controlSize());
        if (Double.isNaN(result.getPValue())) {
            return Optional.empty();
        }
        double quantile =
                TDistribution.of(result.getDegreesOfFreedom())
                        .inverseSurvivalProbability((1 - confidenceLevel) / 2);
        ConfidenceInterval interval =
                new ConfidenceInterval(
                        confidenceLevel,
                        difference - quantile * standardError,
                        difference + quantile * standardError);
        return Optional.of(
                new WelchTest(
                        result.getStatistic(),
                        result.getDegreesOfFreedom(),
                        result.getPValue(),
                        interval));
    }

    private static double standardError(Mean measure) {
        return Math.hypot(
                measure.controlSd() / Math.sqrt(measure.controlSize()),
                measure.variantSd() / Math.sqrt(measure.variantSize()));
    }

    /**
     * Says higher or lower, not better or worse: whether a higher mean is good depends on what was
     * measured.
     */
    private static Finding comparison(
            Mean measure, double difference, WelchTest test, boolean significant) {
        ConfidenceInterval interval = test.differenceInterval();
        int decimals = ReadableNumbers.decimalsFor(standardError(measure));
        String control = ReadableNumbers.fixed(measure.controlMean(), decimals);
        String variant = ReadableNumbers.fixed(measure.variantMean(), decimals);
        String level = ReadableNumbers.level(interval.level());
        if (significant && difference > 0) {
            return Finding.of(
                    Finding.KEY_PREFIX + "mean.higher",
                    control,
                    variant,
                    ReadableNumbers.fixed(difference, decimals),
                    ReadableNumbers.fixed(interval.lower(), decimals),
                    ReadableNumbers.fixed(interval.upper(), decimals),
                    level);
        }
        if (significant && difference < 0) {
            return Finding.of(
                    Finding.KEY_PREFIX + "mean.lower",
                    control,
                    variant,
                    ReadableNumbers.fixed(-difference, decimals),
                    ReadableNumbers.fixed(-interval.upper(), decimals),
                    ReadableNumbers.fixed(-interval.lower(), decimals),
                    level);
        }
        return Finding.of(
                Finding.KEY_PREFIX + "mean.inconclusive",
                control,
                variant,
                ReadableNumbers.signed(difference, decimals),
                ReadableNumbers.fixed(interval.lower(), decimals),
                ReadableNumbers.fixed(interval.upper(), decimals),
                level);
    }

    private static Finding noVariance(Mean measure) {
        int decimals =
                Math.max(
                        ReadableNumbers.typedDecimals(measure.controlMean()),
                        ReadableNumbers.typedDecimals(measure.variantMean()));
        return Finding.of(
                Finding.KEY_PREFIX + "mean.novariance",
                ReadableNumbers.fixed(measure.controlMean(), decimals),
                ReadableNumbers.fixed(measure.variantMean(), decimals));
    }
}
