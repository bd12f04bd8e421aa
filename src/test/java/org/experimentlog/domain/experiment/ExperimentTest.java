package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Hypotheses.aHypothesis;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

/**
 * Creating an experiment and editing its plan; the stage changes are in {@link
 * ExperimentLifecycleTest}.
 */
public class ExperimentTest {
    private static final Instant NOW = Instant.parse("2025-03-05T10:00:00Z");

    private Experiment target;

    @Before
    public void setUp() {
        target = anExperiment().running().build();
    }

    @Test
    public void open_shouldStartInDesignWithAnEmptyHypothesis_whenCreatedOnAnIssue() {
        Experiment result = Experiment.open(Experiments.ISSUE, Users.MARIA, NOW);

        assertEquals(Stage.DESIGNING, result.stage());
        assertTrue(result.hypothesis().isEmpty());
        assertEquals(Experiments.ISSUE, result.issue());
        assertEquals(Users.MARIA, result.createdBy());
        assertEquals(NOW, result.createdAt());
        assertEquals(Optional.empty(), result.startedAt());
        assertEquals(Optional.empty(), result.method());
        assertEquals(Optional.empty(), result.verdict());
        assertTrue(result.departments().isEmpty());
        assertTrue(result.outcomes().isEmpty());
    }

    @Test
    public void open_shouldHaveNoIdAndVersionZero_whenNotStoredYet() {
        Experiment result = Experiment.open(Experiments.ISSUE, Users.MARIA, NOW);

        assertEquals(Optional.empty(), result.id());
        assertEquals(0, result.version());
    }

    @Test
    public void requireId_shouldSayNotStored_whenExperimentHasNoId() {
        Experiment unstored = Experiment.open(Experiments.ISSUE, Users.MARIA, NOW);

        NullPointerException e = assertThrows(NullPointerException.class, unstored::requireId);

        assertEquals("The experiment is not stored yet", e.getMessage());
    }

    @Test
    public void storedAs_shouldTakeIdAndVersion_whenStored() {
        Experiment unstored = Experiment.open(Experiments.ISSUE, Users.MARIA, NOW);

        Experiment result = unstored.storedAs(new ExperimentId(7), 3);

        assertEquals(new ExperimentId(7), result.requireId());
        assertEquals(3, result.version());
    }

    @Test
    public void stored_shouldThrowNullPointer_whenIdIsNull() {
        assertThrows(NullPointerException.class, () -> Experiment.stored(null, 1));
    }

    @Test
    public void stored_shouldRefuse_whenVersionIsNegative() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> anExperiment().withVersion(-1).build());

        assertEquals(Optional.of("version"), e.field());
    }

    @Test
    public void withPlannedSampleSize_shouldRefuseNamingTheField_whenNotFromOneToABillion() {
        Experiment designing = anExperiment().designing().build();

        for (long size : new long[] {0, -5, Experiment.SAMPLE_SIZE_MAX + 1}) {
            InvalidInputException e =
                    assertThrows(
                            InvalidInputException.class,
                            () -> designing.withPlannedSampleSize(size));
            assertEquals(Optional.of("plannedSampleSize"), e.field());
        }
        assertEquals(
                Optional.of(Experiment.SAMPLE_SIZE_MAX),
                designing.withPlannedSampleSize(Experiment.SAMPLE_SIZE_MAX).plannedSampleSize());
        assertEquals(Optional.empty(), designing.withPlannedSampleSize(null).plannedSampleSize());
    }

    @Test
    public void stored_shouldThrowIllegalState_whenConcludedWithoutVerdict() {
        Experiment.Builder builder =
                Experiment.stored(new ExperimentId(Experiments.ID), 1)
                        .issue(Experiments.ISSUE)
                        .stage(Stage.CONCLUDED, null, "Done.")
                        .created(Users.MARIA, NOW);

        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    public void onIssue_shouldTakeTheNewKey_whenTheIssueMovedToAnotherProject() {
        IssueRef moved = new IssueRef(Experiments.ISSUE.id(), "PARKING-3");

        Experiment result = target.onIssue(moved);

        assertEquals("PARKING-3", result.issue().key());
    }

    @Test
    public void onIssue_shouldThrowIllegalArgument_whenTheIssueIdDiffers() {
        IssueRef other = new IssueRef(Experiments.ISSUE.id() + 1, "PERMIT-12");

        assertThrows(IllegalArgumentException.class, () -> target.onIssue(other));
    }

    @Test
    public void withHypothesis_shouldAcceptAnIncompleteHypothesis_whenDesigning() {
        Experiment designing = anExperiment().designing().build();
        Hypothesis draft = aHypothesis().withAudience(null).withSignal(null).build();

        Experiment result = designing.withHypothesis(draft);

        assertEquals(draft, result.hypothesis());
    }

    @Test
    public void withHypothesis_shouldAcceptACompleteHypothesis_whenRunning() {
        Hypothesis reworded =
                aHypothesis()
                        .withChange("remembering the licence plate of the last permit")
                        .build();

        Experiment result = target.withHypothesis(reworded);

        assertEquals(reworded, result.hypothesis());
    }

    @Test
    public void withHypothesis_shouldAcceptAMissingReason_whenRunning() {
        Hypothesis withoutReason = aHypothesis().withReason(null).build();

        Experiment result = target.withHypothesis(withoutReason);

        assertEquals(withoutReason, result.hypothesis());
    }

    @Test
    public void withHypothesis_shouldRefuseAndNameTheMissingPart_whenRunningAndSignalRemoved() {
        Hypothesis withoutSignal = aHypothesis().withSignal(" ").build();

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.withHypothesis(withoutSignal));

        assertEquals(
                "Could not edit the hypothesis: a running experiment keeps a complete hypothesis.",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.signal"), e.field());
    }

    @Test
    public void withHypothesis_shouldRefuse_whenAnalysingAndChangeRemoved() {
        Experiment analysing = anExperiment().analysing().build();
        Hypothesis withoutChange = aHypothesis().withChange(null).build();

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> analysing.withHypothesis(withoutChange));

        assertEquals(Optional.of("hypothesis.change"), e.field());
    }

    @Test
    public void withHypothesis_shouldRefuse_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> concluded.withHypothesis(aHypothesis().build()));

        assertEquals("Could not edit the hypothesis: the experiment is concluded.", e.getMessage());
        assertEquals(Optional.of("stage"), e.field());
    }

    @Test
    public void withHypothesis_shouldLeaveTheOriginalUnchanged_whenEdited() {
        Hypothesis original = target.hypothesis();

        target.withHypothesis(aHypothesis().withChange("a one-page renewal form").build());

        assertSame(original, target.hypothesis());
    }

    @Test
    public void withMethod_shouldKeepMethodAndTrimmedDetails_whenOpen() {
        Experiment result = target.withMethod(Method.PILOT, "  One district first.  ");

        assertEquals(Optional.of(Method.PILOT), result.method());
        assertEquals(Optional.of("One district first."), result.methodDetails());
    }

    @Test
    public void withMethod_shouldRefuse_whenDetailsAreTooLong() {
        String details = "x".repeat(Experiment.METHOD_DETAILS_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.withMethod(Method.PILOT, details));

        assertEquals(
                "The method details can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("methodDetails"), e.field());
    }

    @Test
    public void withMethod_shouldRefuse_whenAbandoned() {
        Experiment abandoned = anExperiment().abandoned().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> abandoned.withMethod(Method.SURVEY, null));

        assertEquals("Could not change the method: the experiment is abandoned.", e.getMessage());
    }

    @Test
    public void withDepartments_shouldAcceptTheMaximum_whenTwentyDepartments() {
        List<DepartmentId> twenty = departments(Experiment.MAX_DEPARTMENTS);

        Experiment result = target.withDepartments(twenty);

        assertEquals(Set.copyOf(twenty), result.departments());
    }

    @Test
    public void withDepartments_shouldRefuse_whenTwentyOneDepartments() {
        List<DepartmentId> twentyOne = departments(Experiment.MAX_DEPARTMENTS + 1);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.withDepartments(twentyOne));

        assertEquals("An experiment can involve at most 20 departments.", e.getMessage());
        assertEquals(Optional.of("departments"), e.field());
    }

    @Test
    public void withDepartments_shouldCountADepartmentOnce_whenNamedTwice() {
        List<DepartmentId> twentyWithRepeat =
                new ArrayList<>(departments(Experiment.MAX_DEPARTMENTS));
        twentyWithRepeat.add(Departments.PRODUCT);

        Experiment result = target.withDepartments(twentyWithRepeat);

        assertEquals(Experiment.MAX_DEPARTMENTS, result.departments().size());
    }

    @Test
    public void withDepartments_shouldRefuse_whenConcluded() {
        Experiment concluded = anExperiment().concluded().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> concluded.withDepartments(List.of(Departments.POLICY)));

        assertEquals(
                "Could not change the departments: the experiment is concluded.", e.getMessage());
    }

    @Test
    public void departments_shouldBeUnmodifiable_whenRead() {
        Set<DepartmentId> result = target.departments();

        assertThrows(UnsupportedOperationException.class, () -> result.add(Departments.POLICY));
    }

    @Test
    public void withOutcomes_shouldAcceptTheMaximum_whenTwentyOutcomes() {
        List<OutcomeLink> twenty = outcomeLinks(Experiment.MAX_OUTCOMES);

        Experiment result = target.withOutcomes(twenty);

        assertEquals(twenty, result.outcomes());
    }

    @Test
    public void withOutcomes_shouldRefuse_whenTwentyOneOutcomes() {
        List<OutcomeLink> twentyOne = outcomeLinks(Experiment.MAX_OUTCOMES + 1);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.withOutcomes(twentyOne));

        assertEquals("An experiment can aim at most at 20 outcomes.", e.getMessage());
        assertEquals(Optional.of("outcomes"), e.field());
    }

    @Test
    public void withOutcomes_shouldRefuse_whenAnOutcomeIsLinkedTwiceWithDifferentDirections() {
        List<OutcomeLink> twice =
                List.of(
                        new OutcomeLink(new OutcomeId(301), ExpectedDirection.DECREASE),
                        new OutcomeLink(new OutcomeId(301), ExpectedDirection.INCREASE));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.withOutcomes(twice));

        assertEquals("Each outcome can be linked to an experiment once.", e.getMessage());
        assertEquals(Optional.of("outcomes"), e.field());
    }

    @Test
    public void withOutcomes_shouldRefuse_whenAbandoned() {
        Experiment abandoned = anExperiment().abandoned().build();

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> abandoned.withOutcomes(outcomeLinks(1)));

        assertEquals(
                "Could not change the linked outcomes: the experiment is abandoned.",
                e.getMessage());
    }

    @Test
    public void outcomes_shouldBeUnmodifiable_whenRead() {
        Experiment linked = target.withOutcomes(outcomeLinks(1));

        List<OutcomeLink> result = linked.outcomes();

        assertThrows(UnsupportedOperationException.class, () -> result.add(outcomeLinks(2).get(1)));
    }

    @Test
    public void outcomeLink_shouldThrowNullPointer_whenExpectedDirectionIsNull() {
        assertThrows(NullPointerException.class, () -> new OutcomeLink(new OutcomeId(301), null));
    }

    @Test
    public void withOutcomes_shouldKeepIdentityAndVersion_whenEdited() {
        Experiment result = target.withOutcomes(outcomeLinks(2));

        assertEquals(target.requireId(), result.requireId());
        assertEquals(target.version(), result.version());
        assertNotSame(target, result);
    }

    private static List<DepartmentId> departments(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(DepartmentId::new)
                .collect(Collectors.toList());
    }

    private static List<OutcomeLink> outcomeLinks(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new OutcomeLink(new OutcomeId(300 + i), ExpectedDirection.INCREASE))
                .collect(Collectors.toList());
    }
}
