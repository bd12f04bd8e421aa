package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.experimentlog.stats.ProportionAnalysis.ZTest;
import org.junit.Before;
import org.junit.Test;

/**
 * Proportion results against published reference values. Where a source prints fewer than four
 * significant digits, the tolerance is half a unit of its last printed digit.
 */
public class ProportionStatisticsTest {
    private ResultStatistics target;

    @Before
    public void setUp() {
        target = new ResultStatistics();
    }

    private ProportionAnalysis analyse(
            long controlSize,
            long controlConversions,
            long variantSize,
            long variantConversions,
            double plannedVariantShare) {
        return (ProportionAnalysis)
                target.analyse(
                        new Proportion(
                                controlSize,
                                controlConversions,
                                variantSize,
                                variantConversions,
                                plannedVariantShare),
                        0.95);
    }

    private ProportionAnalysis analyse(
            long controlSize, long controlConversions, long variantSize, long variantConversions) {
        return analyse(controlSize, controlConversions, variantSize, variantConversions, 0.5);
    }

    @Test
    public void analyse_shouldMatchRPropTest_whenGroupsDiffer() {
        // R: prop.test(tab1, correct = FALSE) with 94/214 against 39/128, printed at
        // influentialpoints.com/notes/n9rmf3.htm:
        // X-squared = 6.1026, df = 1, p-value = 0.01350; 95 percent CI 0.03074072 0.23838896;
        // prop 1 = 0.4392523, prop 2 = 0.3046875. R's group 1 is our variant, so R's difference is
        // ours.
        // The split 214/128 is far from even, so plan it to keep the sample-ratio check out of this
        // test.
        ProportionAnalysis analysis = analyse(128, 39, 214, 94, 214.0 / 342);

        assertEquals(0.3046875, analysis.controlRate(), 5e-8);
        assertEquals(0.4392523, analysis.variantRate(), 5e-8);
        ZTest zTest = analysis.zTest().orElseThrow();
        assertEquals(6.1026, zTest.statistic() * zTest.statistic(), 5e-5);
        assertEquals(0.01350, zTest.pValue(), 5e-6);
        assertEquals(0.03074072, analysis.differenceInterval().lower(), 5e-9);
        assertEquals(0.23838896, analysis.differenceInterval().upper(), 5e-9);
        assertEquals(0.95, analysis.differenceInterval().level(), 0.0);
        assertTrue(analysis.significant());
        assertFalse(analysis.weakerEvidence());
    }

    @Test
    public void analyse_shouldSayTheVariantIsBetter_whenTheDifferenceIsSignificant() {
        ProportionAnalysis analysis = analyse(128, 39, 214, 94, 214.0 / 342);

        // P(B > A) = 0.993254 (Miller's closed form, see PosteriorComparisonTest) rounds to 99%.
        assertEquals(
                new Finding(
                        "experimentlog.stats.proportion.better",
                        List.of("99", "13.5", "3.1", "23.8", "95", "30.5", "43.9")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldMatchAgresti_whenComparingThePhysiciansHealthStudyGroups() {
        // Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), ch. 2: myocardial
        // infarction in 189 of
        // 11,034 on placebo and 104 of 11,037 on aspirin; difference 0.0171 - 0.0094 = 0.0077,
        // relative risk 1.82,
        // Pearson X^2 = 25.01. Aspirin is the control here, so the relative uplift is the relative
        // risk minus 1.
        ProportionAnalysis analysis = analyse(11_037, 104, 11_034, 189);

        assertEquals(0.0077, analysis.difference(), 5e-5);
        assertEquals(1.82 - 1, analysis.relativeUplift().orElseThrow(), 5e-3);
        ZTest zTest = analysis.zTest().orElseThrow();
        assertEquals(25.01, zTest.statistic() * zTest.statistic(), 5e-3);
    }

    @Test
    public void
            analyse_shouldUseTheWaldAndLogRatioIntervals_whenComparingThePhysiciansHealthStudyGroups() {
        // By hand from the same cells: Wald SE = sqrt(p1 q1 / n1 + p2 q2 / n2) = 0.0015400, so
        // 0.0077060 +- 1.959964 SE
        // = (0.0046878, 0.0107243); Katz's log-ratio SE = sqrt(1/189 - 1/11034 + 1/104 - 1/11037) =
        // 0.121347, so the
        // relative risk interval is exp(ln 1.8178 +- 1.959964 SE) = (1.43303, 2.30588).
        ProportionAnalysis analysis = analyse(11_037, 104, 11_034, 189);

        assertEquals(0.0046878, analysis.differenceInterval().lower(), 5e-8);
        assertEquals(0.0107243, analysis.differenceInterval().upper(), 5e-8);
        assertEquals(0.43303, analysis.relativeUpliftInterval().orElseThrow().lower(), 5e-6);
        assertEquals(1.30588, analysis.relativeUpliftInterval().orElseThrow().upper(), 5e-6);
    }

    @Test
    public void analyse_shouldFindAMismatch_whenTheSplitIsSixHundredToFourHundred() {
        // Wikipedia, "Sample ratio mismatch", example: 600 and 400 of 1,000 users in a 50-50 test
        // give a p-value of
        // 2.54e-10 (R: chisq.test(c(400, 600), p = c(.5, .5))). The statistic is 2 * 100^2 / 500 =
        // 40 exactly.
        ProportionAnalysis analysis = analyse(400, 40, 600, 90);

        assertEquals(40.0, analysis.sampleRatio().chiSquared(), 1e-9);
        assertEquals(2.54e-10, analysis.sampleRatio().pValue(), 5e-13);
        assertEquals(0.6, analysis.sampleRatio().observedVariantShare(), 1e-12);
        assertTrue(analysis.sampleRatio().mismatch());
    }

    @Test
    public void analyse_shouldNotClaimSignificance_whenTheSplitMismatchesThePlan() {
        // 10% against 15% would be significant (z-test p = 0.021), but the groups are not split as
        // planned.
        ProportionAnalysis analysis = analyse(400, 40, 600, 90);

        assertTrue(analysis.pValue().orElseThrow() < 0.05);
        assertFalse(analysis.significant());
        assertEquals(
                new Finding("experimentlog.stats.proportion.srm", List.of("60.0", "50.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldFindAMismatch_whenTheSplitIsOffByHalfAPercentOfMillions() {
        // Kohavi, Tang and Xu, Trustworthy Online Controlled Experiments (2020), ch. 3: control
        // 821,588 and treatment
        // 815,482 users in a 50/50 design; "the p-value of the above .993 sample ratio is 1.8E-6".
        ProportionAnalysis analysis = analyse(821_588, 82_000, 815_482, 81_500);

        assertEquals(1.8e-6, analysis.sampleRatio().pValue(), 5e-8);
        assertTrue(analysis.sampleRatio().mismatch());
    }

    @Test
    public void analyse_shouldFindAMismatch_whenTheSplitIsJustBeyondTheThreshold() {
        // srm.osc.garden (Sample Ratio Mismatch calculator): 44,000 in A and 45,000 in B on an even
        // split give
        // p = 0.0008, "less than 0.1% of the time".
        ProportionAnalysis analysis = analyse(44_000, 4_400, 45_000, 4_500);

        assertEquals(0.0008, analysis.sampleRatio().pValue(), 5e-5);
        assertTrue(analysis.sampleRatio().mismatch());
    }

    @Test
    public void analyse_shouldFindNoMismatch_whenAnUnevenPlanIsFollowedClosely() {
        // Planned 20% variant, 240 of 1,000 got it: chi-squared = 40^2/200 + 40^2/800 = 10 exactly
        // (by hand);
        // p = erfc(sqrt(5)) = 0.0015654 (cross-checked with SciPy's chisquare), above the 0.001
        // threshold.
        ProportionAnalysis analysis = analyse(760, 76, 240, 30, 0.2);

        assertEquals(10.0, analysis.sampleRatio().chiSquared(), 1e-9);
        assertEquals(0.0015654, analysis.sampleRatio().pValue(), 5e-8);
        assertFalse(analysis.sampleRatio().mismatch());
    }

    @Test
    public void analyse_shouldFindNoMismatch_whenTheSplitIsExactlyAsPlanned() {
        ProportionAnalysis analysis = analyse(750, 75, 250, 25, 0.25);

        assertEquals(0.0, analysis.sampleRatio().chiSquared(), 1e-12);
        assertEquals(1.0, analysis.sampleRatio().pValue(), 1e-12);
        assertFalse(analysis.sampleRatio().mismatch());
    }

    @Test
    public void analyse_shouldGivePValueOneAndNoDifference_whenTheGroupsAreEqual() {
        ProportionAnalysis analysis = analyse(1_000, 100, 1_000, 100);

        assertEquals(0.0, analysis.difference(), 0.0);
        assertEquals(1.0, analysis.pValue().orElseThrow(), 0.0);
        assertEquals(0.5, analysis.probabilityVariantBetter(), 0.0);
        assertEquals(OptionalDouble.of(0.0), analysis.relativeUplift());
        assertEquals(
                -analysis.differenceInterval().lower(),
                analysis.differenceInterval().upper(),
                1e-15);
        assertFalse(analysis.significant());
        assertEquals(
                new Finding(
                        "experimentlog.stats.proportion.inconclusive",
                        List.of("0.0", "-2.6", "2.6", "95", "10.0", "10.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldSayTheDataShowsNoDifferenceYet_whenThePValueIsAboveTheLevel() {
        // 30% against 32% of 100: z = 0.3058, p = 0.7598 (pooled z-test by hand).
        ProportionAnalysis analysis = analyse(100, 30, 100, 32);

        assertEquals(0.7598, analysis.pValue().orElseThrow(), 5e-5);
        assertFalse(analysis.significant());
        assertEquals(
                new Finding(
                        "experimentlog.stats.proportion.inconclusive",
                        List.of("+2.0", "-10.8", "14.8", "95", "30.0", "32.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldHaveNoRelativeUplift_whenTheControlHasNoConversions() {
        ProportionAnalysis analysis = analyse(100, 0, 100, 10);

        assertEquals(0.1, analysis.difference(), 1e-15);
        assertEquals(OptionalDouble.empty(), analysis.relativeUplift());
        assertEquals(Optional.empty(), analysis.relativeUpliftInterval());
        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(0, 100, 10, 100),
                analysis.probabilityVariantBetter(),
                1e-9);
        assertTrue(analysis.significant());
        assertEquals(
                new Finding(
                        "experimentlog.stats.proportion.better",
                        List.of(">99", "10.0", "4.1", "15.9", "95", "0.0", "10.0")),
                analysis.finding());
    }

    @Test
    public void
            analyse_shouldSayTheVariantIsWorseInPositiveNumbers_whenTheVariantHasNoConversions() {
        ProportionAnalysis analysis = analyse(100, 10, 100, 0);

        assertEquals(-1.0, analysis.relativeUplift().orElseThrow(), 0.0);
        assertEquals(Optional.empty(), analysis.relativeUpliftInterval());
        assertTrue(analysis.significant());
        assertEquals(
                new Finding(
                        "experimentlog.stats.proportion.worse",
                        List.of(">99", "10.0", "4.1", "15.9", "95", "10.0", "0.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldNotTest_whenNeitherGroupHasConversions() {
        ProportionAnalysis analysis = analyse(100, 0, 100, 0);

        assertEquals(Optional.empty(), analysis.zTest());
        assertEquals(OptionalDouble.empty(), analysis.pValue());
        assertEquals(0.5, analysis.probabilityVariantBetter(), 0.0);
        assertFalse(analysis.significant());
        assertEquals(
                new Finding("experimentlog.stats.proportion.novariation", List.of("0.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldNotTest_whenEveryoneConvertedInBothGroups() {
        ProportionAnalysis analysis = analyse(50, 50, 80, 80, 80.0 / 130);

        assertEquals(Optional.empty(), analysis.zTest());
        assertEquals(81.0 / 132, analysis.probabilityVariantBetter(), 1e-9);
        assertEquals(0.0, analysis.relativeUplift().orElseThrow(), 0.0);
        assertEquals(0.0, analysis.relativeUpliftInterval().orElseThrow().lower(), 0.0);
        assertEquals(
                new Finding("experimentlog.stats.proportion.novariation", List.of("100.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldKeepEveryFigureFinite_whenTheVariantConvertedEveryone() {
        ProportionAnalysis analysis = analyse(1_000, 900, 1_000, 1_000);

        assertEquals(0.1, analysis.difference(), 1e-12);
        assertTrue(Double.isFinite(analysis.relativeUpliftInterval().orElseThrow().upper()));
        assertTrue(analysis.significant());
        assertEquals("experimentlog.stats.proportion.better", analysis.finding().key());
    }

    @Test
    public void analyse_shouldNotClaimSignificance_whenTheSamplesAreTiny() {
        // 2/2 against 0/2: the z-test gives p = 2 (1 - Phi(2)) = 0.0455 (normal table), but with
        // one expected
        // success per group the normal approximation does not hold.
        ProportionAnalysis analysis = analyse(2, 2, 2, 0);

        assertEquals(0.0455, analysis.pValue().orElseThrow(), 5e-5);
        assertEquals(0.05, analysis.probabilityVariantBetter(), 1e-9);
        assertFalse(analysis.zTest().orElseThrow().reliable());
        assertFalse(analysis.significant());
        assertEquals(
                new Finding("experimentlog.stats.proportion.toofew", List.of("100.0", "0.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldStayFastAndExact_whenGroupsHaveTenMillionEach() {
        // 10.000% against 10.015%: pooled z = 0.00015 / sqrt(0.1000750 * 0.8999250 * 2e-7) =
        // 1.11766, p = 0.26371
        // (by hand, cross-checked with SciPy); P(B > A) from Miller's sum.
        long start = System.nanoTime();

        ProportionAnalysis analysis = analyse(10_000_000, 1_000_000, 10_000_000, 1_001_500);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0.26371, analysis.pValue().orElseThrow(), 5e-6);
        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(
                        1_000_000, 10_000_000, 1_001_500, 10_000_000),
                analysis.probabilityVariantBetter(),
                1e-7);
        assertFalse(analysis.significant());
        assertFalse(analysis.sampleRatio().mismatch());
        assertTrue("took " + millis + " ms", millis < 2_000);
    }

    @Test
    public void analyse_shouldNeverSayCertain_whenTenMillionEachShowAClearDifference() {
        ProportionAnalysis analysis = analyse(10_000_000, 1_000_000, 10_000_000, 1_010_000);

        assertTrue(analysis.pValue().orElseThrow() < 1e-12);
        assertTrue(analysis.significant());
        assertEquals(">99", analysis.finding().arguments().get(0));
        assertEquals("0.1", analysis.finding().arguments().get(1));
    }

    @Test
    public void analyse_shouldWidenTheInterval_whenTheConfidenceLevelIsHigher() {
        Proportion measure = new Proportion(128, 39, 214, 94, 214.0 / 342);

        ProportionAnalysis at95 = (ProportionAnalysis) target.analyse(measure, 0.95);
        ProportionAnalysis at99 = (ProportionAnalysis) target.analyse(measure, 0.99);

        assertTrue(at99.differenceInterval().lower() < at95.differenceInterval().lower());
        assertEquals(0.99, at99.differenceInterval().level(), 0.0);
        assertFalse(at99.significant());
        assertEquals("99", at99.finding().arguments().get(3));
    }
}
