package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import org.junit.Test;

public class StageTest {

    @Test
    public void isFinal_shouldBeFalse_whenDesigning() {
        assertFalse(Stage.DESIGNING.isFinal());
    }

    @Test
    public void isFinal_shouldBeFalse_whenRunning() {
        assertFalse(Stage.RUNNING.isFinal());
    }

    @Test
    public void isFinal_shouldBeFalse_whenAnalysing() {
        assertFalse(Stage.ANALYSING.isFinal());
    }

    @Test
    public void isFinal_shouldBeTrue_whenConcluded() {
        assertTrue(Stage.CONCLUDED.isFinal());
    }

    @Test
    public void isFinal_shouldBeTrue_whenAbandoned() {
        assertTrue(Stage.ABANDONED.isFinal());
    }

    @Test
    public void next_shouldBeRunningOrAbandoned_whenDesigning() {
        assertEquals(EnumSet.of(Stage.RUNNING, Stage.ABANDONED), Stage.DESIGNING.next());
    }

    @Test
    public void next_shouldBeAnalysingOrAbandoned_whenRunning() {
        assertEquals(EnumSet.of(Stage.ANALYSING, Stage.ABANDONED), Stage.RUNNING.next());
    }

    @Test
    public void next_shouldBeRunningConcludedOrAbandoned_whenAnalysing() {
        assertEquals(
                EnumSet.of(Stage.RUNNING, Stage.CONCLUDED, Stage.ABANDONED),
                Stage.ANALYSING.next());
    }

    @Test
    public void next_shouldBeEmpty_whenConcluded() {
        assertTrue(Stage.CONCLUDED.next().isEmpty());
    }

    @Test
    public void next_shouldBeEmpty_whenAbandoned() {
        assertTrue(Stage.ABANDONED.next().isEmpty());
    }
}
