package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Iterations.anIteration;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.experiment.ResultMeasure.Observed;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Iterations;
import org.experimentlog.testing.Outcomes;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class ResultTest {
    private static final Instant NOW = Instant.parse("2025-03-21T12:00:00Z");
    private static final OutcomeId OUTCOME = new OutcomeId(Outcomes.ID);

    private Experiment experiment;
    private Iteration iteration;
    private String title;
    private ResultMeasure measure;
    private String note;

    @Before
    public void setUp() {
        experiment = anExperiment().running().build();
        iteration = anIteration().build();
        title = "Minutes per online renewal";
        measure = new Observed(12, 7.5, "minutes");
        note = "From the form's own timing, first two weeks.";
    }

    private Result record() {
        return Result.record(
                experiment, iteration, OUTCOME, title, measure, note, Users.MARIA, NOW);
    }

    @Test
    public void record_shouldLinkExperimentIterationAndOutcome_whenTheExperimentIsRunning() {
        Result target = record();

        assertEquals(new ExperimentId(Experiments.ID), target.experimentId());
        assertEquals(new IterationId(Iterations.ID), target.iterationId());
        assertEquals(Optional.of(OUTCOME), target.outcomeId());
        assertEquals(measure, target.measure());
        assertEquals(Users.MARIA, target.recordedBy());
        assertEquals(NOW, target.recordedAt());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
    }

    @Test
    public void record_shouldBeAllowed_whenTheExperimentIsAnalysing() {
        experiment = anExperiment().analysing().build();

        Result target = record();

        assertEquals(title, target.title());
    }

    @Test
    public void record_shouldRefuse_whenTheExperimentIsConcluded() {
        experiment = anExperiment().concluded().build();

        RuleViolationException e = assertThrows(RuleViolationException.class, this::record);

        assertEquals("Could not record a result: the experiment is concluded.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void record_shouldRefuse_whenTheExperimentIsAbandoned() {
        experiment = anExperiment().abandoned().build();

        RuleViolationException e = assertThrows(RuleViolationException.class, this::record);

        assertEquals("Could not record a result: the experiment is abandoned.", e.getMessage());
    }

    @Test
    public void record_shouldThrowIllegalArgument_whenTheIterationBelongsToAnotherExperiment() {
        iteration = anIteration().ofExperiment(Experiments.ID + 1).build();

        assertThrows(IllegalArgumentException.class, this::record);
    }

    @Test
    public void record_shouldThrowNullPointer_whenTheIterationIsNotStored() {
        iteration = Iteration.next(experiment, List.of(), "Pre-fill the plate.", null, null);

        assertThrows(NullPointerException.class, this::record);
    }

    @Test
    public void record_shouldHaveNoOutcome_whenNoOutcomeIsLinked() {
        Result target =
                Result.record(experiment, iteration, null, title, measure, note, Users.MARIA, NOW);

        assertEquals(Optional.empty(), target.outcomeId());
    }

    @Test
    public void record_shouldRequireATitle_whenTheTitleIsBlank() {
        title = "  ";

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals("What was measured is required.", e.getMessage());
        assertEquals(Optional.of("title"), e.field());
    }

    @Test
    public void record_shouldRefuse_whenTheTitleIsLongerThan200() {
        title = "x".repeat(Result.TITLE_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals(
                "What was measured can have at most 200 characters; this has 201.", e.getMessage());
    }

    @Test
    public void record_shouldRequireAMeasure_whenTheMeasureIsNull() {
        measure = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals("The kind of result is required.", e.getMessage());
        assertEquals(Optional.of("kind"), e.field());
    }

    @Test
    public void record_shouldHaveNoNote_whenTheNoteIsBlank() {
        note = " ";

        Result target = record();

        assertEquals(Optional.empty(), target.note());
    }

    @Test
    public void record_shouldRefuse_whenTheNoteIsTooLong() {
        note = "x".repeat(Result.NOTE_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::record);

        assertEquals(
                "The note can have at most 10,000 characters; this has 10,001.", e.getMessage());
        assertEquals(Optional.of("note"), e.field());
    }

    @Test
    public void revise_shouldKeepIdentityAndRecorder_whenTheKindChanges() {
        Result target = record().storedAs(new ResultId(601), 2);
        ResultMeasure proportion = new Proportion(500, 60, 500, 75, 0.5);

        Result result = target.revise(null, "Renewals within a week", proportion, null);

        assertEquals(new ResultId(601), result.requireId());
        assertEquals(2, result.version());
        assertEquals(Users.MARIA, result.recordedBy());
        assertEquals(ResultKind.PROPORTION, result.measure().kind());
        assertEquals(Optional.empty(), result.outcomeId());
    }

    @Test
    public void revise_shouldRequireATitle_whenTheTitleIsRemoved() {
        Result target = record();

        assertThrows(
                InvalidInputException.class, () -> target.revise(OUTCOME, null, measure, note));
    }

    @Test
    public void requireId_shouldSayNotStored_whenTheResultHasNoId() {
        Result target = record();

        NullPointerException e = assertThrows(NullPointerException.class, target::requireId);

        assertEquals("The result is not stored yet", e.getMessage());
    }
}
