package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Hypotheses.aHypothesis;
import static org.experimentlog.testing.Learnings.aLearning;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

/** Moving an experiment through its stages: start, analyse, run again, conclude, abandon. */
public class ExperimentLifecycleTest {
    private static final Instant NOW = Instant.parse("2025-04-14T16:00:00Z");

    private Experiment target;
    private List<Learning> learnings;

    @Before
    public void setUp() {
        target = anExperiment().analysing().build();
        learnings = List.of(aLearning().build());
    }

    @Test
    public void moveTo_shouldStartAndRecordTheStart_whenDesigningWithACompleteHypothesis() {
        Experiment designing = anExperiment().designing().build();

        Experiment result = designing.moveTo(Stage.RUNNING, NOW);

        assertEquals(Stage.RUNNING, result.stage());
        assertEquals(Optional.of(NOW), result.startedAt());
    }

    @Test
    public void moveTo_shouldStart_whenOnlyTheReasonIsMissing() {
        Experiment designing =
                anExperiment()
                        .designing()
                        .withHypothesis(aHypothesis().withReason(null).build())
                        .build();

        Experiment result = designing.moveTo(Stage.RUNNING, NOW);

        assertEquals(Stage.RUNNING, result.stage());
    }

    @Test
    public void moveTo_shouldRefuseToStartAndNameTheFirstMissingPart_whenTheAudienceIsMissing() {
        Experiment designing =
                anExperiment()
                        .designing()
                        .withHypothesis(aHypothesis().withAudience(null).withSignal(null).build())
                        .build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> designing.moveTo(Stage.RUNNING, NOW));

        assertEquals(
                "Could not start the experiment: complete the hypothesis first (change, audience, expected result "
                        + "and how you will know).",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.audience"), e.field());
    }

    @Test
    public void moveTo_shouldRefuseToStartAndNameTheChange_whenTheHypothesisIsEmpty() {
        Experiment opened = Experiment.open(Experiments.ISSUE, Users.MARIA, Experiments.CREATED_AT);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> opened.moveTo(Stage.RUNNING, NOW));

        assertEquals(Optional.of("hypothesis.change"), e.field());
    }

    @Test
    public void moveTo_shouldMoveToAnalysingAndKeepTheStart_whenRunning() {
        Experiment running = anExperiment().running().build();

        Experiment result = running.moveTo(Stage.ANALYSING, NOW);

        assertEquals(Stage.ANALYSING, result.stage());
        assertEquals(Optional.of(Experiments.STARTED_AT), result.startedAt());
    }

    @Test
    public void moveTo_shouldKeepTheFirstStart_whenRunningAgainAfterAnalysing() {
        Experiment result = target.moveTo(Stage.RUNNING, NOW);

        assertEquals(Stage.RUNNING, result.stage());
        assertEquals(Optional.of(Experiments.STARTED_AT), result.startedAt());
    }

    @Test
    public void moveTo_shouldAdviseToConclude_whenTargetIsConcluded() {
        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> target.moveTo(Stage.CONCLUDED, NOW));

        assertEquals(
                "Could not move the experiment: conclude it with a verdict and a learning.",
                e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void moveTo_shouldAdviseToAbandon_whenTargetIsAbandoned() {
        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> target.moveTo(Stage.ABANDONED, NOW));

        assertEquals("Could not move the experiment: abandon it with a reason.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void moveTo_shouldListTheAllowedStagesSorted_whenSkippingFromDesigningToAnalysing() {
        Experiment designing = anExperiment().designing().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> designing.moveTo(Stage.ANALYSING, NOW));

        assertEquals(
                "Could not move the experiment from designing to analysing: allowed next stages are abandoned, "
                        + "running.",
                e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void moveTo_shouldRefuse_whenMovingToTheCurrentStage() {
        Experiment running = anExperiment().running().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> running.moveTo(Stage.RUNNING, NOW));

        assertEquals(
                "Could not move the experiment from running to running: allowed next stages are abandoned, "
                        + "analysing.",
                e.getMessage());
    }

    @Test
    public void moveTo_shouldRefuse_whenGoingBackFromAnalysingToDesigning() {
        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> target.moveTo(Stage.DESIGNING, NOW));

        assertEquals(
                "Could not move the experiment from analysing to designing: allowed next stages are abandoned, "
                        + "concluded, running.",
                e.getMessage());
    }

    @Test
    public void moveTo_shouldRefuseWithTheStageField_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> concluded.moveTo(Stage.RUNNING, NOW));

        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void moveTo_shouldThrowNullPointer_whenTargetIsNull() {
        assertThrows(NullPointerException.class, () -> target.moveTo(null, NOW));
    }

    @Test
    public void moveTo_shouldLeaveTheOriginalUnchanged_whenMoved() {
        target.moveTo(Stage.RUNNING, NOW);

        assertEquals(Stage.ANALYSING, target.stage());
    }

    @Test
    public void conclude_shouldKeepVerdictTrimmedNoteAndClose_whenAnalysingWithOwnLearning() {
        Experiment result =
                target.conclude(
                        Verdict.INVALIDATED, "  Residents kept calling anyway. ", learnings, NOW);

        assertEquals(Stage.CONCLUDED, result.stage());
        assertEquals(Optional.of(Verdict.INVALIDATED), result.verdict());
        assertEquals(Optional.of("Residents kept calling anyway."), result.closingNote());
        assertEquals(Optional.of(NOW), result.closedAt());
    }

    @Test
    public void conclude_shouldAcceptNoNote_whenNoteIsBlank() {
        Experiment result = target.conclude(Verdict.INCONCLUSIVE, " ", learnings, NOW);

        assertEquals(Optional.empty(), result.closingNote());
    }

    @Test
    public void conclude_shouldRequireAVerdict_whenVerdictIsNull() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.conclude(null, null, learnings, NOW));

        assertEquals("Could not conclude the experiment: a verdict is required.", e.getMessage());
        assertEquals(Optional.of("verdict"), e.field());
    }

    @Test
    public void conclude_shouldAskForTheVerdictFirst_whenVerdictAndLearningAreMissing() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.conclude(null, null, List.of(), NOW));

        assertEquals(Optional.of("verdict"), e.field());
    }

    @Test
    public void conclude_shouldRequireALearning_whenThereAreNoLearnings() {
        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> target.conclude(Verdict.VALIDATED, null, List.of(), NOW));

        assertEquals("Could not conclude the experiment: a learning is required.", e.getMessage());
        assertEquals(Optional.of("learnings"), e.field());
    }

    @Test
    public void conclude_shouldRequireALearningOfThisExperiment_whenTheOnlyLearningIsFromAnother() {
        List<Learning> others = List.of(aLearning().ofExperiment(Experiments.ID + 1).build());

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> target.conclude(Verdict.VALIDATED, null, others, NOW));

        assertEquals("Could not conclude the experiment: a learning is required.", e.getMessage());
    }

    @Test
    public void conclude_shouldAccept_whenOneOfSeveralLearningsIsOwn() {
        List<Learning> mixed =
                List.of(
                        aLearning().withId(900).ofExperiment(Experiments.ID + 1).build(),
                        aLearning().build());

        Experiment result = target.conclude(Verdict.VALIDATED, null, mixed, NOW);

        assertEquals(Stage.CONCLUDED, result.stage());
    }

    @Test
    public void conclude_shouldAccept_whenTheOwnLearningComesFromAnIteration() {
        List<Learning> fromIteration = List.of(aLearning().fromIteration(101).build());

        Experiment result = target.conclude(Verdict.VALIDATED, null, fromIteration, NOW);

        assertEquals(Stage.CONCLUDED, result.stage());
    }

    @Test
    public void conclude_shouldRefuseATooLongNote_whenConcluding() {
        String note = "x".repeat(Experiment.CLOSING_NOTE_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.conclude(Verdict.VALIDATED, note, learnings, NOW));

        assertEquals(
                "The closing note can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("closingNote"), e.field());
    }

    @Test
    public void conclude_shouldRefuse_whenAlreadyConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> concluded.conclude(Verdict.VALIDATED, null, learnings, NOW));

        assertEquals("Could not conclude the experiment: it is already concluded.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void conclude_shouldRefuse_whenAbandoned() {
        Experiment abandoned = anExperiment().abandoned().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> abandoned.conclude(Verdict.VALIDATED, null, learnings, NOW));

        assertEquals("Could not conclude the experiment: it is already abandoned.", e.getMessage());
    }

    @Test
    public void conclude_shouldRefuseAndListTheAllowedStages_whenStillRunning() {
        Experiment running = anExperiment().running().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> running.conclude(Verdict.VALIDATED, null, learnings, NOW));

        assertEquals(
                "Could not move the experiment from running to concluded: allowed next stages are abandoned, "
                        + "analysing.",
                e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void conclude_shouldRefuse_whenDesigning() {
        Experiment designing = anExperiment().designing().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> designing.conclude(Verdict.VALIDATED, null, learnings, NOW));

        assertEquals(
                "Could not move the experiment from designing to concluded: allowed next stages are abandoned, "
                        + "running.",
                e.getMessage());
    }

    @Test
    public void abandon_shouldKeepTheTrimmedReasonAndClose_whenRunning() {
        Experiment running = anExperiment().running().build();

        Experiment result = running.abandon("  The supplier withdrew the API.  ", NOW);

        assertEquals(Stage.ABANDONED, result.stage());
        assertEquals(Optional.of("The supplier withdrew the API."), result.closingNote());
        assertEquals(Optional.of(NOW), result.closedAt());
        assertEquals(Optional.empty(), result.verdict());
    }

    @Test
    public void abandon_shouldBeAllowed_whenStillDesigning() {
        Experiment designing = anExperiment().designing().build();

        Experiment result = designing.abandon("The council dropped the permit reform.", NOW);

        assertEquals(Stage.ABANDONED, result.stage());
    }

    @Test
    public void abandon_shouldBeAllowed_whenAnalysing() {
        Experiment result = target.abandon("The data turned out to be unusable.", NOW);

        assertEquals(Stage.ABANDONED, result.stage());
    }

    @Test
    public void abandon_shouldRequireAReason_whenReasonIsBlank() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.abandon("   ", NOW));

        assertEquals("Could not abandon the experiment: the reason is required.", e.getMessage());
        assertEquals(Optional.of("closingNote"), e.field());
    }

    @Test
    public void abandon_shouldRequireAReason_whenReasonIsNull() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.abandon(null, NOW));

        assertEquals("Could not abandon the experiment: the reason is required.", e.getMessage());
    }

    @Test
    public void abandon_shouldRefuseATooLongReason_whenAbandoning() {
        String reason = "x".repeat(Experiment.CLOSING_NOTE_MAX + 1);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.abandon(reason, NOW));

        assertEquals(
                "Could not abandon the experiment: the reason can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
    }

    @Test
    public void abandon_shouldRefuse_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> concluded.abandon("Changed our mind.", NOW));

        assertEquals("Could not abandon the experiment: it is already concluded.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void abandon_shouldRefuse_whenAlreadyAbandoned() {
        Experiment abandoned = anExperiment().abandoned().build();

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> abandoned.abandon("Again.", NOW));

        assertEquals("Could not abandon the experiment: it is already abandoned.", e.getMessage());
    }

    @Test
    public void requireOpen_shouldNameTheActionAndStage_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> concluded.requireOpen(Attempt.RECORD_A_RESULT));

        assertEquals("Could not record a result: the experiment is concluded.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void requireOpen_shouldNameTheActionAndStage_whenAbandoned() {
        Experiment abandoned = anExperiment().abandoned().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> abandoned.requireOpen(Attempt.ADD_AN_ITERATION));

        assertEquals("Could not add an iteration: the experiment is abandoned.", e.getMessage());
    }

    @Test
    public void timeToLearning_shouldBeFromFirstStartToClose_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        Optional<Duration> result = concluded.timeToLearning();

        assertEquals(
                Optional.of(Duration.between(Experiments.STARTED_AT, Experiments.CLOSED_AT)),
                result);
    }

    @Test
    public void timeToLearning_shouldCountFromTheFirstStart_whenConcludedAfterRunningTwice() {
        Experiment concluded =
                target.moveTo(Stage.RUNNING, NOW.minus(Duration.ofDays(7)))
                        .moveTo(Stage.ANALYSING, NOW.minus(Duration.ofDays(1)))
                        .conclude(Verdict.VALIDATED, null, learnings, NOW);

        Optional<Duration> result = concluded.timeToLearning();

        assertEquals(Optional.of(Duration.between(Experiments.STARTED_AT, NOW)), result);
    }

    @Test
    public void timeToLearning_shouldBeEmpty_whenStillAnalysing() {
        assertEquals(Optional.empty(), target.timeToLearning());
    }

    @Test
    public void timeToLearning_shouldBeEmpty_whenAbandoned() {
        Experiment abandoned = anExperiment().abandoned().build();

        assertEquals(Optional.empty(), abandoned.timeToLearning());
    }

    @Test
    public void timeToLearning_shouldBeEmpty_whenConcludedWithoutAStart() {
        Experiment neverStarted = anExperiment().concluded().startedAt(null).build();

        assertEquals(Optional.empty(), neverStarted.timeToLearning());
    }

    @Test
    public void moveTo_shouldSayItIsAlreadyConcluded_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class, () -> concluded.moveTo(Stage.RUNNING, NOW));

        assertEquals("Could not move the experiment: it is already concluded.", e.getMessage());
    }

    @Test
    public void requireLearningMayGo_shouldRefuse_whenItIsTheLastLearningOfAConcludedExperiment() {
        Experiment concluded = target.conclude(Verdict.VALIDATED, null, learnings, NOW);

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> concluded.requireLearningMayGo(learnings));

        assertEquals(Optional.of(ErrorKey.LEARNING_KEEP_ONE), e.key());
    }

    @Test
    public void requireLearningMayGo_shouldAllow_whenAConcludedExperimentKeepsAnother() {
        Experiment concluded = target.conclude(Verdict.VALIDATED, null, learnings, NOW);

        concluded.requireLearningMayGo(List.of(aLearning().build(), aLearning().build()));
    }

    @Test
    public void requireLearningMayGo_shouldAllow_whenTheExperimentIsNotConcluded() {
        target.requireLearningMayGo(learnings);
    }
}
