package org.experimentlog.domain.failure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.testing.Experiments;
import org.junit.Test;

public class StoryLinkTest {
    private static final ExperimentId EXPERIMENT = new ExperimentId(Experiments.ID);

    @Test
    public void iterationId_shouldBeTheIteration_whenTheStoryIsAboutOne() {
        StoryLink target = new StoryLink(EXPERIMENT, Experiments.ISSUE, new IterationId(102));

        assertEquals(Optional.of(new IterationId(102)), target.iterationId());
    }

    @Test
    public void iterationId_shouldBeEmpty_whenTheStoryIsAboutTheWholeExperiment() {
        StoryLink target = new StoryLink(EXPERIMENT, Experiments.ISSUE, null);

        assertEquals(Optional.empty(), target.iterationId());
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheExperimentIsNull() {
        assertThrows(
                NullPointerException.class, () -> new StoryLink(null, Experiments.ISSUE, null));
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheIssueIsNull() {
        assertThrows(NullPointerException.class, () -> new StoryLink(EXPERIMENT, null, null));
    }
}
