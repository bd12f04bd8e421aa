package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Iterations.anIteration;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Iterations;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class IterationTest {
    private static final String CHANGE = "Pre-fill the plate for residents with two cars as well.";
    private static final LocalDate START = LocalDate.of(2025, 3, 24);
    private static final LocalDate END = LocalDate.of(2025, 4, 6);

    private Experiment experiment;
    private List<Iteration> existing;

    @Before
    public void setUp() {
        experiment = anExperiment().running().build();
        existing = List.of();
    }

    @Test
    public void next_shouldBeNumberOneOfThisExperiment_whenThereAreNoIterations() {
        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        assertEquals(1, target.number());
        assertEquals(new ExperimentId(Experiments.ID), target.experimentId());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
        assertEquals(Optional.empty(), target.decision());
        assertEquals(Optional.of(START), target.startDate());
        assertEquals(Optional.of(END), target.endDate());
    }

    @Test
    public void next_shouldBeOnePastTheLast_whenThreeIterationsExist() {
        existing = Iterations.numbered(1, 2, 3);

        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        assertEquals(4, target.number());
    }

    @Test
    public void next_shouldNumberOnePastTheLast_whenExistingAreOutOfOrder() {
        existing = Iterations.numbered(2, 1);

        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        assertEquals(3, target.number());
    }

    @Test
    public void next_shouldThrowIllegalState_whenTheExistingNumbersHaveAGap() {
        existing = Iterations.numbered(1, 3);

        assertThrows(
                IllegalStateException.class,
                () -> Iteration.next(experiment, existing, CHANGE, START, END));
    }

    @Test
    public void next_shouldThrowIllegalState_whenTheExistingNumbersDoNotStartAtOne() {
        existing = Iterations.numbered(2);

        assertThrows(
                IllegalStateException.class,
                () -> Iteration.next(experiment, existing, CHANGE, START, END));
    }

    @Test
    public void next_shouldThrowIllegalState_whenANumberIsRepeated() {
        existing =
                List.of(
                        anIteration().withId(101).withNumber(1).build(),
                        anIteration().withId(102).withNumber(1).build());

        assertThrows(
                IllegalStateException.class,
                () -> Iteration.next(experiment, existing, CHANGE, START, END));
    }

    @Test
    public void next_shouldThrowIllegalState_whenAnExistingIterationBelongsToAnotherExperiment() {
        existing = List.of(anIteration().ofExperiment(Experiments.ID + 1).build());

        assertThrows(
                IllegalStateException.class,
                () -> Iteration.next(experiment, existing, CHANGE, START, END));
    }

    @Test
    public void next_shouldBeAllowed_whenTheExperimentIsStillDesigning() {
        experiment = anExperiment().designing().build();

        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        assertEquals(1, target.number());
    }

    @Test
    public void next_shouldRefuse_whenTheExperimentIsConcluded() {
        experiment = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> Iteration.next(experiment, existing, CHANGE, START, END));

        assertEquals("Could not add an iteration: the experiment is concluded.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void next_shouldRefuse_whenTheExperimentIsAbandoned() {
        experiment = anExperiment().abandoned().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> Iteration.next(experiment, existing, CHANGE, START, END));

        assertEquals("Could not add an iteration: the experiment is abandoned.", e.getMessage());
    }

    @Test
    public void next_shouldThrowNullPointer_whenTheExperimentIsNotStored() {
        experiment = Experiment.open(Experiments.ISSUE, Users.MARIA, Experiments.CREATED_AT);

        assertThrows(
                NullPointerException.class,
                () -> Iteration.next(experiment, existing, CHANGE, START, END));
    }

    @Test
    public void next_shouldAcceptTheLastAllowed_whenThereAre199Iterations() {
        existing =
                Iterations.numbered(
                        IntStream.rangeClosed(1, Iteration.MAX_PER_EXPERIMENT - 1).toArray());

        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        assertEquals(200, target.number());
    }

    @Test
    public void next_shouldRefuse_whenThereAre200Iterations() {
        existing =
                Iterations.numbered(
                        IntStream.rangeClosed(1, Iteration.MAX_PER_EXPERIMENT).toArray());

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Iteration.next(experiment, existing, CHANGE, START, END));

        assertEquals("An experiment can have at most 200 iterations.", e.getMessage());
        assertEquals(Optional.of("iterations"), e.field());
    }

    @Test
    public void next_shouldRefuse_whenTheEndIsBeforeTheStart() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Iteration.next(
                                        experiment, existing, CHANGE, START, START.minusDays(1)));

        assertEquals("The end date cannot be before the start date.", e.getMessage());
        assertEquals(Optional.of("endDate"), e.field());
    }

    @Test
    public void next_shouldAccept_whenTheIterationRunsOneDay() {
        Iteration target = Iteration.next(experiment, existing, CHANGE, START, START);

        assertEquals(target.startDate(), target.endDate());
    }

    @Test
    public void next_shouldAccept_whenOnlyTheEndIsKnown() {
        Iteration target = Iteration.next(experiment, existing, CHANGE, null, END);

        assertEquals(Optional.empty(), target.startDate());
        assertEquals(Optional.of(END), target.endDate());
    }

    @Test
    public void next_shouldRequireTheChange_whenTheChangeIsBlank() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Iteration.next(experiment, existing, "  ", START, END));

        assertEquals("What changed in this iteration is required.", e.getMessage());
        assertEquals(Optional.of("change"), e.field());
    }

    @Test
    public void next_shouldRefuse_whenTheChangeIsTooLong() {
        String change = "x".repeat(Iteration.CHANGE_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Iteration.next(experiment, existing, change, START, END));

        assertEquals(
                "What changed in this iteration can have at most 10,000 characters; this has 10,001.",
                e.getMessage());
    }

    @Test
    public void stored_shouldThrowIllegalArgument_whenTheNumberIsZero() {
        assertThrows(IllegalArgumentException.class, () -> anIteration().withNumber(0).build());
    }

    @Test
    public void storedAs_shouldTakeIdAndVersion_whenStored() {
        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        Iteration result = target.storedAs(new IterationId(150), 2);

        assertEquals(new IterationId(150), result.requireId());
        assertEquals(2, result.version());
        assertEquals(1, result.number());
    }

    @Test
    public void decide_shouldKeepDecisionAndTrimmedRationale_whenBothAreGiven() {
        Iteration target = anIteration().build();

        Iteration result =
                target.decide(Decision.PIVOT, "  Residents want reminders by text, not a form. ");

        assertEquals(Optional.of(Decision.PIVOT), result.decision());
        assertEquals(
                Optional.of("Residents want reminders by text, not a form."), result.rationale());
    }

    @Test
    public void decide_shouldAskWhyInTheDecisionsWords_whenTheRationaleIsMissing() {
        Iteration target = anIteration().build();

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.decide(Decision.PIVOT, null));

        assertEquals(
                "Could not record the decision: say why the team decided to pivot.",
                e.getMessage());
        assertEquals(Optional.of("rationale"), e.field());
    }

    @Test
    public void decide_shouldAskWhy_whenTheRationaleIsBlank() {
        Iteration target = anIteration().build();

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.decide(Decision.PERSEVERE, "  "));

        assertEquals(
                "Could not record the decision: say why the team decided to persevere.",
                e.getMessage());
    }

    @Test
    public void decide_shouldClearTheDecision_whenDecisionAndRationaleAreNull() {
        Iteration target =
                anIteration().decided(Decision.SCALE, "It worked in one district.").build();

        Iteration result = target.decide(null, null);

        assertEquals(Optional.empty(), result.decision());
        assertEquals(Optional.empty(), result.rationale());
    }

    @Test
    public void decide_shouldKeepARationale_whenNoDecisionYet() {
        Iteration target = anIteration().build();

        Iteration result = target.decide(null, "Waiting for the last week of data.");

        assertEquals(Optional.empty(), result.decision());
        assertEquals(Optional.of("Waiting for the last week of data."), result.rationale());
    }

    @Test
    public void replan_shouldKeepNumberAndDecision_whenReplanned() {
        Iteration target = anIteration().withNumber(2).decided(Decision.STOP, "No effect.").build();

        Iteration result = target.replan(CHANGE, START, END);

        assertEquals(2, result.number());
        assertEquals(Optional.of(Decision.STOP), result.decision());
        assertEquals(CHANGE, result.change());
    }

    @Test
    public void replan_shouldRefuse_whenTheEndIsBeforeTheStart() {
        Iteration target = anIteration().build();

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.replan(CHANGE, END, START));

        assertEquals(Optional.of("endDate"), e.field());
    }

    @Test
    public void requireId_shouldSayNotStored_whenTheIterationHasNoId() {
        Iteration target = Iteration.next(experiment, existing, CHANGE, START, END);

        NullPointerException e = assertThrows(NullPointerException.class, target::requireId);

        assertEquals("The iteration is not stored yet", e.getMessage());
    }
}
