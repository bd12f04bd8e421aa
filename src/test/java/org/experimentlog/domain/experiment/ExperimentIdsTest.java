package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

/** The stored ids of the experiment package: positive, printed as the bare number. */
public class ExperimentIdsTest {

    @Test
    public void experimentId_shouldRefuse_whenZero() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new ExperimentId(0));

        assertEquals("The id of an experiment must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void experimentId_shouldPrintTheNumber_whenPositive() {
        assertEquals("41", new ExperimentId(41).toString());
    }

    @Test
    public void iterationId_shouldRefuse_whenNegative() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new IterationId(-1));

        assertEquals("The id of an iteration must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void iterationId_shouldPrintTheNumber_whenPositive() {
        assertEquals("101", new IterationId(101).toString());
    }

    @Test
    public void resultId_shouldRefuse_whenZero() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ResultId(0));

        assertEquals("The id of a result must be positive.", e.getMessage());
    }

    @Test
    public void resultId_shouldPrintTheNumber_whenPositive() {
        assertEquals("601", new ResultId(601).toString());
    }

    @Test
    public void learningId_shouldRefuse_whenZero() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new LearningId(0));

        assertEquals("The id of a learning must be positive.", e.getMessage());
    }

    @Test
    public void learningId_shouldPrintTheNumber_whenPositive() {
        assertEquals("201", new LearningId(201).toString());
    }
}
