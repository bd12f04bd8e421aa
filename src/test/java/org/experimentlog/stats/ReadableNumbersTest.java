package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Figures rounded for people: never certain, never falsely precise. */
public class ReadableNumbersTest {

    @Test
    public void probability_shouldBeAWholePercentage_whenBetweenTheCaps() {
        assertEquals("97", ReadableNumbers.probability(0.9712));
        assertEquals("50", ReadableNumbers.probability(0.5));
        assertEquals("99", ReadableNumbers.probability(0.9949));
        assertEquals("1", ReadableNumbers.probability(0.005));
    }

    @Test
    public void probability_shouldNeverSayCertain_whenItRoundsToHundredOrZero() {
        assertEquals(">99", ReadableNumbers.probability(0.995));
        assertEquals(">99", ReadableNumbers.probability(1.0));
        assertEquals("<1", ReadableNumbers.probability(0.0049));
        assertEquals("<1", ReadableNumbers.probability(0.0));
    }

    @Test
    public void percentage_shouldHaveOneDecimal_whenAShareIsGiven() {
        assertEquals("4.1", ReadableNumbers.percentage(0.041));
        assertEquals("12.5", ReadableNumbers.percentage(0.125));
        assertEquals("0.0", ReadableNumbers.percentage(0.0));
        assertEquals("100.0", ReadableNumbers.percentage(1.0));
    }

    @Test
    public void percentage_shouldNotRoundToTheBounds_whenTheShareIsStrictlyInside() {
        assertEquals("<0.1", ReadableNumbers.percentage(0.0004));
        assertEquals(">99.9", ReadableNumbers.percentage(0.9996));
    }

    @Test
    public void points_shouldShowNoNegativeZero_whenATinyFallRoundsAway() {
        assertEquals("0.0", ReadableNumbers.points(-0.0004));
        assertEquals("-1.2", ReadableNumbers.points(-0.012));
    }

    @Test
    public void signed_shouldAddAPlus_whenTheValueIsAboveZero() {
        assertEquals("+2.0", ReadableNumbers.signed(2, 1));
        assertEquals("-2.0", ReadableNumbers.signed(-2, 1));
        assertEquals("0.0", ReadableNumbers.signed(0.01, 1));
    }

    @Test
    public void level_shouldDropNeedlessDecimals_whenFormattingAConfidenceLevel() {
        assertEquals("95", ReadableNumbers.level(0.95));
        assertEquals("90", ReadableNumbers.level(0.9));
        assertEquals("99.9", ReadableNumbers.level(0.999));
    }

    @Test
    public void
            decimalsFor_shouldShowTwoSignificantDigitsOfTheUncertainty_whenGivenAStandardError() {
        assertEquals(2, ReadableNumbers.decimalsFor(0.849));
        assertEquals(1, ReadableNumbers.decimalsFor(1.47));
        assertEquals(0, ReadableNumbers.decimalsFor(25));
        assertEquals(6, ReadableNumbers.decimalsFor(1e-12));
        assertEquals(0, ReadableNumbers.decimalsFor(0));
    }

    @Test
    public void typedDecimals_shouldCountTheDecimalsAPersonTyped_whenGivenAValue() {
        assertEquals(0, ReadableNumbers.typedDecimals(12));
        assertEquals(2, ReadableNumbers.typedDecimals(9.35));
        assertEquals(0, ReadableNumbers.typedDecimals(1200));
    }
}
