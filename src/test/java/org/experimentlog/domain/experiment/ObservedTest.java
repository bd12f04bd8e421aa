package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.experiment.ResultMeasure.Observed;
import org.junit.Test;

public class ObservedTest {

    @Test
    public void constructor_shouldKeepTheValuesAndTrimmedUnit_whenValid() {
        Observed target = new Observed(12.5, 8.0, " minutes ");

        assertEquals(12.5, target.before(), 0.0);
        assertEquals(8.0, target.after(), 0.0);
        assertEquals("minutes", target.unit());
    }

    @Test
    public void constructor_shouldHaveNoUnit_whenTheUnitIsBlank() {
        Observed target = new Observed(12.5, 8.0, " ");

        assertNull(target.unit());
    }

    @Test
    public void kind_shouldBeObservedAndNotComparative_whenRead() {
        Observed target = new Observed(12.5, 8.0, "minutes");

        assertEquals(ResultKind.OBSERVED, target.kind());
        assertFalse(target.isComparative());
    }

    @Test
    public void constructor_shouldRefuse_whenTheValueBeforeIsNaN() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Observed(Double.NaN, 8.0, "minutes"));

        assertEquals("The value before must be a number.", e.getMessage());
        assertEquals(Optional.of("before"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheValueAfterIsInfinite() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Observed(12.5, Double.POSITIVE_INFINITY, "minutes"));

        assertEquals("The value after must be a number.", e.getMessage());
        assertEquals(Optional.of("after"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheUnitIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Observed(12.5, 8.0, "m".repeat(Observed.UNIT_MAX + 1)));

        assertEquals("The unit can have at most 40 characters; this has 41.", e.getMessage());
        assertEquals(Optional.of("unit"), e.field());
    }
}
