package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.OptionalDouble;
import org.experimentlog.domain.experiment.ResultMeasure.Mean;
import org.experimentlog.domain.experiment.ResultMeasure.Observed;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.experimentlog.domain.experiment.ResultMeasure.Qualitative;
import org.junit.Before;
import org.junit.Test;

/** Choosing the analysis for each kind of result, and the kinds that carry weaker evidence. */
public class ResultStatisticsTest {
    private ResultStatistics target;
    private Observed observed;

    @Before
    public void setUp() {
        target = new ResultStatistics();
        observed = new Observed(12, 9, "minutes");
    }

    @Test
    public void analyse_shouldAnalyseEachKindWithItsOwnAnalysis_whenGivenEachKind() {
        assertTrue(
                target.analyse(new Proportion(100, 10, 100, 12, 0.5), 0.95)
                        instanceof ProportionAnalysis);
        assertTrue(target.analyse(new Mean(10, 1, 1, 10, 2, 1), 0.95) instanceof MeanAnalysis);
        assertTrue(target.analyse(observed, 0.95) instanceof ObservedAnalysis);
        assertTrue(
                target.analyse(new Qualitative("People look for the form.", null), 0.95)
                        instanceof QualitativeAnalysis);
    }

    @Test
    public void analyse_shouldRefuse_whenTheConfidenceLevelIsOutsideZeroToOne() {
        for (double level : new double[] {0, 1, -0.5, 95, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> target.analyse(observed, level));
        }
    }

    @Test
    public void analyse_shouldReportTheChangeAsWeakerEvidence_whenTheResultIsObserved() {
        ObservedAnalysis analysis = (ObservedAnalysis) target.analyse(observed, 0.95);

        assertEquals(-3.0, analysis.change(), 0.0);
        assertEquals(-0.25, analysis.relativeChange().orElseThrow(), 1e-15);
        assertTrue(analysis.weakerEvidence());
        assertFalse(analysis.significant());
        assertEquals(
                new Finding("experimentlog.stats.observed", List.of("12", "9", "-3", "-25.0")),
                analysis.finding());
    }

    @Test
    public void analyse_shouldShowTheChangeWithTheTypedPrecision_whenTheValuesHaveDecimals() {
        observed = new Observed(12.1, 9.35, null);

        ObservedAnalysis analysis = (ObservedAnalysis) target.analyse(observed, 0.95);

        assertEquals(List.of("12.10", "9.35", "-2.75", "-22.7"), analysis.finding().arguments());
    }

    @Test
    public void analyse_shouldHaveNoRelativeChange_whenTheValueBeforeIsZero() {
        observed = new Observed(0, 40, "applications");

        ObservedAnalysis analysis = (ObservedAnalysis) target.analyse(observed, 0.95);

        assertEquals(OptionalDouble.empty(), analysis.relativeChange());
        assertTrue(analysis.weakerEvidence());
        assertEquals(
                new Finding("experimentlog.stats.observed.fromzero", List.of("0", "40", "+40")),
                analysis.finding());
    }

    @Test
    public void
            analyse_shouldRelateTheChangeToTheSizeOfTheValueBefore_whenTheValueBeforeIsNegative() {
        observed = new Observed(-4, -2, null);

        ObservedAnalysis analysis = (ObservedAnalysis) target.analyse(observed, 0.95);

        assertEquals(0.5, analysis.relativeChange().orElseThrow(), 0.0);
        assertEquals("+50.0", analysis.finding().arguments().get(3));
    }

    @Test
    public void analyse_shouldGiveNoNumbersAndWeakerEvidence_whenTheResultIsQualitative() {
        QualitativeAnalysis analysis =
                (QualitativeAnalysis)
                        target.analyse(
                                new Qualitative(
                                        "Five of six residents looked for the form under 'parking'.",
                                        URI.create("https://example.org/notes")),
                                0.95);

        assertTrue(analysis.weakerEvidence());
        assertFalse(analysis.significant());
        assertEquals(new Finding("experimentlog.stats.qualitative", List.of()), analysis.finding());
    }
}
