package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Learnings;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class ClosingGateTest {
    private static final long ISSUE = 10012;

    @Rule public MockitoRule mockito = MockitoJUnit.rule();

    @Mock private ExperimentRepository experiments;

    private ClosingGate target() {
        return new ClosingGate(experiments);
    }

    private static ClosingGate.Answer refusal(ClosingGate.Refusal refusal, Stage stage) {
        return new ClosingGate.Answer(refusal, Optional.ofNullable(stage));
    }

    @Test
    public void refusal_shouldBeNoExperiment_whenNoneWasOpened() {
        when(experiments.findByIssue(ISSUE)).thenReturn(Optional.empty());

        assertEquals(
                Optional.of(refusal(ClosingGate.Refusal.NO_EXPERIMENT, null)),
                target().refusal(ISSUE, true));
    }

    @Test
    public void refusal_shouldBeStillOpenWithTheStage_whenTheExperimentIsRunning() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().running().build()));

        assertEquals(
                Optional.of(refusal(ClosingGate.Refusal.STILL_OPEN, Stage.RUNNING)),
                target().refusal(ISSUE, true));
    }

    @Test
    public void refusal_shouldBeEmpty_whenConcludedWithALearning() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().withId(7).concluded().build()));
        when(experiments.learningsOf(new ExperimentId(7)))
                .thenReturn(List.of(Learnings.aLearning().build()));

        assertEquals(Optional.empty(), target().refusal(ISSUE, false));
    }

    @Test
    public void refusal_shouldBeNoLearning_whenConcludedButTheLearningsAreGone() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().withId(7).concluded().build()));
        when(experiments.learningsOf(new ExperimentId(7))).thenReturn(List.of());

        assertEquals(
                Optional.of(refusal(ClosingGate.Refusal.NO_LEARNING, Stage.CONCLUDED)),
                target().refusal(ISSUE, true));
    }

    @Test
    public void refusal_shouldBeEmpty_whenAbandonedAndAbandonedIsAccepted() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().abandoned().build()));

        assertEquals(Optional.empty(), target().refusal(ISSUE, true));
        verify(experiments).findByIssue(ISSUE);
        verifyNoMoreInteractions(experiments);
    }

    @Test
    public void refusal_shouldBeAbandonedNotAccepted_whenOnlyConcludedExperimentsPass() {
        when(experiments.findByIssue(ISSUE))
                .thenReturn(Optional.of(Experiments.anExperiment().abandoned().build()));

        assertEquals(
                Optional.of(refusal(ClosingGate.Refusal.ABANDONED_NOT_ACCEPTED, Stage.ABANDONED)),
                target().refusal(ISSUE, false));
    }

    @Test
    public void key_shouldNameTheMessageInTheBundles() {
        assertEquals(
                "experimentlog.workflow.refused.abandoned-not-accepted",
                ClosingGate.Refusal.ABANDONED_NOT_ACCEPTED.key());
    }
}
