package org.experimentlog.domain.outcome;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class OutcomeIdsTest {

    @Test
    public void outcomeId_shouldRefuse_whenZero() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new OutcomeId(0));

        assertEquals("The id of an outcome must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void outcomeId_shouldPrintTheNumber_whenPositive() {
        assertEquals("301", new OutcomeId(301).toString());
    }

    @Test
    public void measurementId_shouldRefuse_whenNegative() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new MeasurementId(-8));

        assertEquals("The id of a measurement must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void measurementId_shouldPrintTheNumber_whenPositive() {
        assertEquals("801", new MeasurementId(801).toString());
    }
}
