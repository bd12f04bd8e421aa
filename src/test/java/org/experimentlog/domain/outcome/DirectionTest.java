package org.experimentlog.domain.outcome;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class DirectionTest {

    @Test
    public void isBetter_shouldBeTrue_whenHigherAndHigherIsBetter() {
        assertTrue(Direction.HIGHER_IS_BETTER.isBetter(80, 62));
    }

    @Test
    public void isBetter_shouldBeFalse_whenLowerAndHigherIsBetter() {
        assertFalse(Direction.HIGHER_IS_BETTER.isBetter(55, 62));
    }

    @Test
    public void isBetter_shouldBeTrue_whenLowerAndLowerIsBetter() {
        assertTrue(Direction.LOWER_IS_BETTER.isBetter(5, 12));
    }

    @Test
    public void isBetter_shouldBeFalse_whenHigherAndLowerIsBetter() {
        assertFalse(Direction.LOWER_IS_BETTER.isBetter(15, 12));
    }

    @Test
    public void isBetter_shouldBeFalse_whenEqualInEitherDirection() {
        assertFalse(Direction.HIGHER_IS_BETTER.isBetter(62, 62));
        assertFalse(Direction.LOWER_IS_BETTER.isBetter(12, 12));
    }
}
