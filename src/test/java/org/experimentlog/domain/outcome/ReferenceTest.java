package org.experimentlog.domain.outcome;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import org.junit.Test;

public class ReferenceTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    @Test
    public void constructor_shouldKeepValueAndDate_whenValid() {
        Reference target = new Reference(-4.5, DAY);

        assertEquals(-4.5, target.value(), 0.0);
        assertEquals(DAY, target.date());
    }

    @Test
    public void constructor_shouldThrowIllegalArgument_whenTheValueIsNaN() {
        assertThrows(IllegalArgumentException.class, () -> new Reference(Double.NaN, DAY));
    }

    @Test
    public void constructor_shouldThrowIllegalArgument_whenTheValueIsInfinite() {
        assertThrows(
                IllegalArgumentException.class, () -> new Reference(Double.NEGATIVE_INFINITY, DAY));
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheDateIsNull() {
        assertThrows(NullPointerException.class, () -> new Reference(12, null));
    }
}
