package org.experimentlog.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.experimentlog.stats.ProportionAnalysis.ZTest;

/** Compares the success rates of a control and a variant group. */
final class ProportionStatistics {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ProportionStatistics() {}

    static ProportionAnalysis analyse(Proportion measure, double confidenceLevel) {
        long controlSize = measure.controlSize();
        long controlSuccesses = measure.controlConversions();
        long variantSize = measure.variantSize();
        long variantSuccesses = measure.variantConversions();
        double controlRate = (double) controlSuccesses / controlSize;
        double variantRate = (double) variantSuccesses / variantSize;
        double difference = variantRate - controlRate;
        double alpha = 1 - confidenceLevel;
        double z = STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2);

        double standardError =
                Math.sqrt(
                        controlRate * (1 - controlRate) / controlSize
                                + variantRate * (1 - variantRate) / variantSize);
        ConfidenceInterval differenceInterval =
                new ConfidenceInterval(
                        confidenceLevel,
                        difference - z * standardError,
                        difference + z * standardError);

        OptionalDouble relativeUplift =
                controlSuccesses == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(difference / controlRate);
        Optional<ConfidenceInterval> relativeUpliftInterval =
                controlSuccesses == 0 || variantSuccesses == 0
                        ? Optional.empty()
                        : Optional.of(
                                relativeUpliftInterval(
                                        controlSuccesses,
                                        controlRate,
                                        variantSuccesses,
                                        variantRate,
                                        z,
                                        confidenceLevel));

        Optional<ZTest> zTest =
                zTest(controlSize, controlSuccesses, variantSize, variantSuccesses, difference);
        double probabilityVariantBetter =
                PosteriorComparison.probabilityVariantBetter(
                        controlSuccesses, controlSize, variantSuccesses, variantSize);
        SampleRatioCheck sampleRatio =
                sampleRatio(controlSize, variantSize, measure.plannedVariantShare());
        boolean significant =
                !sampleRatio.mismatch()
                        && zTest.isPresent()
                        && zTest.get().reliable()
                        && zTest.get().pValue() < alpha;

        Finding finding;
        if (sampleRatio.mismatch()) {
            finding =
                    Finding.of(
                            Finding.KEY_PREFIX + "proportion.srm",
                            ReadableNumbers.percentage(sampleRatio.observedVariantShare()),
                            ReadableNumbers.percentage(sampleRatio.plannedVariantShare()));
        } else if (zTest.isEmpty()) {
            finding =
                    Finding.of(
                            Finding.KEY_PREFIX + "proportion.novariation",
                            ReadableNumbers.percentage(controlRate));
        } else if (!zTest.get().reliable()) {
            finding =
                    Finding.of(
                            Finding.KEY_PREFIX + "proportion.toofew",
                            ReadableNumbers.percentage(controlRate),
                            ReadableNumbers.percentage(variantRate));
        } else {
            finding =
                    comparison(
                            significant,
                            differenceInterval,
                            probabilityVariantBetter,
                            controlRate,
                            variantRate);
        }
        return new ProportionAnalysis(
                controlRate,
                variantRate,
                difference,
                differenceInterval,
                relativeUplift,
                relativeUpliftInterval,
                zTest,
                probabilityVariantBetter,
                sampleRatio,
                significant,
                finding);
    }

    /**
     * exp(log ratio +- z * SE) - 1, SE of the log ratio = sqrt((1 - p1) / x1 + (1 - p2) / x2) by
     * the delta method.
     */
    private static ConfidenceInterval relativeUpliftInterval(
            long controlSuccesses,
            double controlRate,
            long variantSuccesses,
            double variantRate,
            double z,
            double confidenceLevel) {
        double logRatio = Math.log(variantRate) - Math.log(controlRate);
        double standardError =
                Math.sqrt(
                        (1 - controlRate) / controlSuccesses
                                + (1 - variantRate) / variantSuccesses);
        return new ConfidenceInterval(
                confidenceLevel,
                Math.expm1(logRatio - z * standardError),
                Math.expm1(logRatio + z * standardError));
    }

    private static Optional<ZTest> zTest(
            long controlSize,
            long controlSuccesses,
            long variantSize,
            long variantSuccesses,
            double difference) {
        double pooled =
                (double) (controlSuccesses + variantSuccesses) / (controlSize + variantSize);
        double standardError =
                Math.sqrt(pooled * (1 - pooled) * (1.0 / controlSize + 1.0 / variantSize));
        if (!(standardError > 0)) {
            return Optional.empty();
        }
        double statistic = difference / standardError;
        double pValue = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(statistic)));
        double smallestExpectedCount =
                Math.min(controlSize, variantSize) * Math.min(pooled, 1 - pooled);
        return Optional.of(new ZTest(statistic, pValue, smallestExpectedCount));
    }

    private static SampleRatioCheck sampleRatio(
            long controlSize, long variantSize, double plannedVariantShare) {
        SignificanceResult test =
                ChiSquareTest.withDefaults()
                        .test(
                                new double[] {1 - plannedVariantShare, plannedVariantShare},
                                new long[] {controlSize, variantSize});
        double observedShare = (double) variantSize / (controlSize + variantSize);
        return new SampleRatioCheck(
                plannedVariantShare,
                observedShare,
                test.getStatistic(),
                test.getPValue(),
                test.getPValue() < SampleRatioCheck.THRESHOLD);
    }

    /**
     * Claims a better or worse variant only when the test supports it; a fall is told in positive
     * numbers.
     */
    private static Finding comparison(
            boolean significant,
            ConfidenceInterval interval,
            double probabilityVariantBetter,
            double controlRate,
            double variantRate) {
        double difference = variantRate - controlRate;
        String level = ReadableNumbers.level(interval.level());
        String control = ReadableNumbers.percentage(controlRate);
        String variant = ReadableNumbers.percentage(variantRate);
        if (significant && difference > 0) {
            return Finding.of(
                    Finding.KEY_PREFIX + "proportion.better",
                    ReadableNumbers.probability(probabilityVariantBetter),
                    ReadableNumbers.points(difference),
                    ReadableNumbers.points(interval.lower()),
                    ReadableNumbers.points(interval.upper()),
                    level,
                    control,
                    variant);
        }
        if (significant && difference < 0) {
            return Finding.of(
                    Finding.KEY_PREFIX + "proportion.worse",
                    ReadableNumbers.probability(1 - probabilityVariantBetter),
                    ReadableNumbers.points(-difference),
                    ReadableNumbers.points(-interval.upper()),
                    ReadableNumbers.points(-interval.lower()),
                    level,
                    control,
                    variant);
        }
        return Finding.of(
                Finding.KEY_PREFIX + "proportion.inconclusive",
                ReadableNumbers.signed(difference * 100, 1),
                ReadableNumbers.points(interval.lower()),
                ReadableNumbers.points(interval.upper()),
                level,
                control,
                variant);
    }
}
