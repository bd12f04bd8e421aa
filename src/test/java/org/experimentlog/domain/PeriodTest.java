package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class PeriodTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    private Period target;

    @Before
    public void setUp() {
        target = new Period(FROM, TO);
    }

    @Test
    public void constructor_shouldRefuse_whenEndIsBeforeStart() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> new Period(FROM, FROM.minusDays(1)));

        assertEquals("The end of the period cannot be before its start.", e.getMessage());
        assertEquals(Optional.of("to"), e.field());
    }

    @Test
    public void constructor_shouldAccept_whenPeriodIsOneDay() {
        Period result = new Period(FROM, FROM);

        assertTrue(result.contains(FROM));
    }

    @Test
    public void constructor_shouldAccept_whenPeriodSpansExactlyTheMaximum() {
        Period result = new Period(FROM, FROM.plusDays(Period.MAX_DAYS));

        assertEquals(FROM.plusDays(3660), result.to());
    }

    @Test
    public void constructor_shouldRefuse_whenPeriodSpansMoreThanTenYears() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Period(FROM, FROM.plusDays(Period.MAX_DAYS + 1)));

        assertEquals("A period can span at most ten years.", e.getMessage());
        assertEquals(Optional.of("to"), e.field());
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenStartIsNull() {
        assertThrows(NullPointerException.class, () -> new Period(null, TO));
    }

    @Test
    public void quarterOf_shouldBeJanuaryToMarch_whenDayIsInFebruaryOfALeapYear() {
        Period result = Period.quarterOf(LocalDate.of(2024, 2, 29));

        assertEquals(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)), result);
    }

    @Test
    public void quarterOf_shouldBeAprilToJune_whenDayIsFirstOfApril() {
        Period result = Period.quarterOf(LocalDate.of(2025, 4, 1));

        assertEquals(new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)), result);
    }

    @Test
    public void quarterOf_shouldBeJulyToSeptember_whenDayIsLastOfSeptember() {
        Period result = Period.quarterOf(LocalDate.of(2025, 9, 30));

        assertEquals(new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)), result);
    }

    @Test
    public void quarterOf_shouldBeOctoberToDecember_whenDayIsNewYearsEve() {
        Period result = Period.quarterOf(LocalDate.of(2025, 12, 31));

        assertEquals(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)), result);
    }

    @Test
    public void contains_shouldBeTrue_whenDayIsFirstDay() {
        assertTrue(target.contains(FROM));
    }

    @Test
    public void contains_shouldBeTrue_whenDayIsLastDay() {
        assertTrue(target.contains(TO));
    }

    @Test
    public void contains_shouldBeFalse_whenDayIsBeforeFirstDay() {
        assertFalse(target.contains(FROM.minusDays(1)));
    }

    @Test
    public void contains_shouldBeFalse_whenDayIsAfterLastDay() {
        assertFalse(target.contains(TO.plusDays(1)));
    }
}
