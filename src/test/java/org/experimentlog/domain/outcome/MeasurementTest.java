package org.experimentlog.domain.outcome;

import static org.experimentlog.testing.Outcomes.anOutcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Outcomes;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class MeasurementTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Instant NOW = Instant.parse("2025-06-30T14:00:00Z");

    private Outcome outcome;
    private double value;
    private LocalDate measuredOn;
    private String note;

    @Before
    public void setUp() {
        outcome = anOutcome().build();
        value = 9.5;
        measuredOn = LocalDate.of(2025, 6, 1);
        note = "Median from the form statistics, May.";
    }

    private Measurement record() {
        return Measurement.record(outcome, value, measuredOn, note, Users.JOOST, NOW, TODAY);
    }

    @Test
    public void record_shouldKeepTheValueDayAndRecorder_whenValid() {
        Measurement target = record();

        assertEquals(new OutcomeId(Outcomes.ID), target.outcomeId());
        assertEquals(9.5, target.value(), 0.0);
        assertEquals(measuredOn, target.measuredOn());
        assertEquals(note, target.note());
        assertEquals(Users.JOOST, target.recordedBy());
        assertEquals(NOW, target.recordedAt());
        assertEquals(Optional.empty(), target.storedId());
    }

    @Test
    public void record_shouldAccept_whenMeasuredToday() {
        measuredOn = TODAY;

        Measurement target = record();

        assertEquals(TODAY, target.measuredOn());
    }

    @Test
    public void record_shouldRefuse_whenMeasuredTomorrow() {
        measuredOn = TODAY.plusDays(1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals(
                "Could not record the measurement: its date is in the future.", e.getMessage());
        assertEquals(Optional.of("measuredOn"), e.field());
    }

    @Test
    public void record_shouldRequireADay_whenTheDayIsNull() {
        measuredOn = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals("The date of the measurement is required.", e.getMessage());
        assertEquals(Optional.of("measuredOn"), e.field());
    }

    @Test
    public void record_shouldRefuse_whenTheValueIsNaN() {
        value = Double.NaN;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals("The value must be a number.", e.getMessage());
        assertEquals(Optional.of("value"), e.field());
    }

    @Test
    public void record_shouldHaveNoNote_whenTheNoteIsBlank() {
        note = "  ";

        Measurement target = record();

        assertNull(target.note());
    }

    @Test
    public void record_shouldRefuse_whenTheNoteIsTooLong() {
        note = "x".repeat(Measurement.NOTE_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals("The note can have at most 1,000 characters; this has 1,001.", e.getMessage());
        assertEquals(Optional.of("note"), e.field());
    }

    @Test
    public void record_shouldThrowNullPointer_whenTheOutcomeIsNotStored() {
        outcome =
                Outcome.define(
                        "Faster renewals",
                        null,
                        Metric.preset(MetricKind.SPEED_OF_SERVICE),
                        new Reference(12, Outcomes.BASELINE_DATE),
                        new Reference(5, Outcomes.TARGET_DATE),
                        Departments.OPERATIONS,
                        Users.MARIA,
                        NOW);

        assertThrows(NullPointerException.class, this::record);
    }

    @Test
    public void storedAs_shouldTakeTheId_whenStored() {
        Measurement target = record();

        Measurement result = target.storedAs(new MeasurementId(801));

        assertEquals(Optional.of(new MeasurementId(801)), result.storedId());
        assertEquals(target.value(), result.value(), 0.0);
    }
}
