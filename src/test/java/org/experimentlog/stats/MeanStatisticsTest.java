package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.experimentlog.domain.experiment.ResultMeasure.Mean;
import org.experimentlog.stats.MeanAnalysis.WelchTest;
import org.junit.Before;
import org.junit.Test;

/** Mean results against published reference values for Welch's t-test. */
public class MeanStatisticsTest {
    /**
     * R's built-in sleep data (Cushny and Peebles), extra hours of sleep with drug 1 and drug 2.
     */
    private static final double[] SLEEP_GROUP_1 = {
        0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0
    };

    private static final double[] SLEEP_GROUP_2 = {
        1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4
    };

    private ResultStatistics target;

    @Before
    public void setUp() {
        target = new ResultStatistics();
    }

    private MeanAnalysis analyse(Mean measure) {
        return (MeanAnalysis) target.analyse(measure, 0.95);
    }

    /** The summary statistics of two samples: the figures a team records. */
    private static Mean summaries(double[] control, double[] variant) {
        return new Mean(
                control.length,
                mean(control),
                sd(control),
                variant.length,
                mean(variant),
                sd(variant));
    }

    private static double mean(double[] values) {
        return DoubleStream.of(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(
                DoubleStream.of(values).map(v -> (v - mean) * (v - mean)).sum()
                        / (values.length - 1));
    }

    private static double[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    @Test
    public void analyse_shouldMatchRWelchTest_whenComparingTheSleepData() {
        // R: t.test(extra ~ group, data = sleep), printed in R's own examples and countless
        // tutorials:
        // t = -1.8608, df = 17.776, p-value = 0.07939, 95 percent CI -3.3654832 0.2054832, means
        // 0.75 and 2.33.
        // R subtracts group 2 from group 1; with group 1 as the control our difference has the
        // opposite sign.
        MeanAnalysis analysis = analyse(summaries(SLEEP_GROUP_1, SLEEP_GROUP_2));

        WelchTest test = analysis.welchTest().orElseThrow();
        assertEquals(1.58, analysis.difference(), 1e-12);
        assertEquals(1.8608, test.statistic(), 5e-5);
        assertEquals(17.776, test.degreesOfFreedom(), 5e-4);
        assertEquals(0.07939, test.pValue(), 5e-6);
        assertEquals(-0.2054832, test.differenceInterval().lower(), 5e-8);
        assertEquals(3.3654832, test.differenceInterval().upper(), 5e-8);
        assertEquals(1.58 / 0.75, analysis.relativeChange().orElseThrow(), 1e-12);
        assertFalse(analysis.significant());
        assertFalse(analysis.weakerEvidence());
    }

    @Test
    public void analyse_shouldSayTheDataShowsNoDifferenceYet_whenThePValueIsAboveTheLevel() {
        MeanAnalysis analysis = analyse(summaries(SLEEP_GROUP_1, SLEEP_GROUP_2));

        // The standard error is 0.849, so two decimals.
        assertEquals(
                new Finding(
                        "experimentlog.stats.mean.inconclusive",
                        List.of("0.75", "2.33", "+1.58", "-0.21", "3.37", "95")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldMatchRDocumentation_whenTheMeansDifferClearly() {
        // R documentation of t.test, example: t.test(1:10, y = c(7:20))  # P = .00001855
        MeanAnalysis analysis = analyse(summaries(range(1, 10), range(7, 20)));

        assertEquals(1.855e-5, analysis.pValue().orElseThrow(), 5e-9);
        assertTrue(analysis.significant());
        // The standard error is 1.47, so one decimal.
        assertEquals(
                new Finding(
                        "experimentlog.stats.mean.higher",
                        List.of("5.5", "13.5", "8.0", "4.9", "11.1", "95")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldSayLowerInPositiveNumbers_whenTheVariantMeanIsLower() {
        MeanAnalysis analysis = analyse(summaries(range(7, 20), range(1, 10)));

        assertEquals(1.855e-5, analysis.pValue().orElseThrow(), 5e-9);
        assertEquals(
                new Finding(
                        "experimentlog.stats.mean.lower",
                        List.of("13.5", "5.5", "8.0", "4.9", "11.1", "95")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldMatchRDocumentation_whenAnOutlierWidensTheSpread() {
        // R documentation of t.test, example: t.test(1:10, y = c(7:20, 200))  # P = .1245 -- NOT
        // significant anymore
        double[] withOutlier =
                DoubleStream.concat(DoubleStream.of(range(7, 20)), DoubleStream.of(200)).toArray();

        MeanAnalysis analysis = analyse(summaries(range(1, 10), withOutlier));

        assertEquals(0.1245, analysis.pValue().orElseThrow(), 5e-5);
        assertFalse(analysis.significant());
    }

    @Test
    public void analyse_shouldMatchTheTwoDegreesOfFreedomClosedForm_whenEachGroupHasTwo() {
        // Tiny samples {1, 3} and {5, 7}: t = 4 / sqrt(2/2 + 2/2) = 2.828427 on Welch df = 2.
        // Student's t with 2 df has
        // F(t) = 1/2 + t / (2 sqrt(2 + t^2)) and quantile (2p - 1) / sqrt(2p(1 - p)) (closed forms,
        // e.g. Wikipedia
        // "Student's t-distribution"): p = 1 - sqrt(8/10) = 0.1055728, t(0.975) = 4.3026527, so the
        // interval is
        // 4 +- 4.3026527 * 1.4142136 = (-2.0848698, 10.0848698).
        MeanAnalysis analysis = analyse(new Mean(2, 2, Math.sqrt(2), 2, 6, Math.sqrt(2)));

        WelchTest test = analysis.welchTest().orElseThrow();
        assertEquals(2.828427, test.statistic(), 5e-7);
        assertEquals(2.0, test.degreesOfFreedom(), 1e-12);
        assertEquals(0.1055728, test.pValue(), 5e-8);
        assertEquals(-2.0848698, test.differenceInterval().lower(), 5e-7);
        assertEquals(10.0848698, test.differenceInterval().upper(), 5e-7);
        assertFalse(analysis.significant());
    }

    @Test
    public void analyse_shouldUseTheOtherGroupsDegreesOfFreedom_whenOneGroupHasNoSpread() {
        // Control 10 (sd 0, n 5), variant 12 (sd 2, n 5): Welch df = n2 - 1 = 4, t = 2 / (2 / sqrt
        // 5) = sqrt 5. With the
        // closed form of Student's t with 4 df, F(t) = 1/2 + 3/8 x (1 - x^2 / 12) for x = t /
        // sqrt(1 + t^2/4):
        // p = 0.0890093.
        MeanAnalysis analysis = analyse(new Mean(5, 10, 0, 5, 12, 2));

        WelchTest test = analysis.welchTest().orElseThrow();
        assertEquals(4.0, test.degreesOfFreedom(), 1e-9);
        assertEquals(Math.sqrt(5), test.statistic(), 1e-12);
        assertEquals(0.0890093, test.pValue(), 5e-8);
    }

    @Test
    public void analyse_shouldGiveNoPValue_whenNeitherGroupHasSpread() {
        MeanAnalysis analysis = analyse(new Mean(5, 10, 0, 5, 12, 0));

        assertEquals(Optional.empty(), analysis.welchTest());
        assertEquals(OptionalDouble.empty(), analysis.pValue());
        assertEquals(2.0, analysis.difference(), 0.0);
        assertFalse(analysis.significant());
        assertEquals(
                new Finding("experimentlog.stats.mean.novariance", List.of("10", "12")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldShowTheMeansAsTyped_whenNeitherGroupHasSpread() {
        MeanAnalysis analysis = analyse(new Mean(3, 2.5, 0, 3, 3, 0));

        assertEquals(List.of("2.5", "3.0"), analysis.finding().arguments());
    }

    @Test
    public void analyse_shouldGivePValueOne_whenTheMeansAreEqual() {
        MeanAnalysis analysis = analyse(new Mean(50, 4.2, 1.1, 60, 4.2, 0.9));

        assertEquals(0.0, analysis.difference(), 0.0);
        assertEquals(1.0, analysis.pValue().orElseThrow(), 1e-12);
        assertFalse(analysis.significant());
    }

    @Test
    public void analyse_shouldMatchTheNormalQuantile_whenGroupsHaveTenMillionEach() {
        // A difference of exactly 1.959964 standard errors (the normal 97.5% point, NIST/SEMATECH
        // e-Handbook 1.3.6.7.1)
        // on Welch df = 2 (n - 1) = 19,999,998 gives p = 0.05: the t-distribution is normal at this
        // size.
        double standardError = Math.sqrt(2.0 / 10_000_000);

        MeanAnalysis analysis =
                analyse(
                        new Mean(
                                10_000_000,
                                100,
                                1,
                                10_000_000,
                                100 + 1.959963984540054 * standardError,
                                1));

        assertEquals(19_999_998, analysis.welchTest().orElseThrow().degreesOfFreedom(), 1e-3);
        assertEquals(0.05, analysis.pValue().orElseThrow(), 1e-6);
    }

    @Test
    public void analyse_shouldHaveNoRelativeChange_whenTheControlMeanIsZero() {
        MeanAnalysis analysis = analyse(new Mean(20, 0, 1, 20, 0.5, 1));

        assertEquals(OptionalDouble.empty(), analysis.relativeChange());
    }

    @Test
    public void
            analyse_shouldRelateTheChangeToTheSizeOfTheControlMean_whenTheControlMeanIsNegative() {
        MeanAnalysis analysis = analyse(new Mean(20, -4, 1, 20, -2, 1));

        assertEquals(0.5, analysis.relativeChange().orElseThrow(), 1e-12);
    }
}
