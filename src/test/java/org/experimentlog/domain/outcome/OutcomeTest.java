package org.experimentlog.domain.outcome;

import static org.experimentlog.testing.Outcomes.anOutcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Outcomes;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class OutcomeTest {
    private static final Instant NOW = Instant.parse("2025-01-06T09:00:00Z");
    private static final LocalDate BASELINE_DATE = Outcomes.BASELINE_DATE;
    private static final LocalDate TARGET_DATE = Outcomes.TARGET_DATE;

    private String title;
    private Metric metric;
    private Reference baseline;
    private Reference goal;

    @Before
    public void setUp() {
        title = "Faster parking-permit renewals";
        metric = Metric.preset(MetricKind.SPEED_OF_SERVICE);
        baseline = new Reference(12, BASELINE_DATE);
        goal = new Reference(5, TARGET_DATE);
    }

    private Outcome define() {
        return Outcome.define(
                title, null, metric, baseline, goal, Departments.OPERATIONS, Users.MARIA, NOW);
    }

    @Test
    public void define_shouldBeActiveAndNotStored_whenValid() {
        Outcome target = define();

        assertEquals(OutcomeStatus.ACTIVE, target.status());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
        assertEquals(Departments.OPERATIONS, target.owner());
        assertEquals(Users.MARIA, target.createdBy());
    }

    @Test
    public void define_shouldRefuse_whenTheTargetEqualsTheBaselineAndLowerIsBetter() {
        goal = new Reference(12, TARGET_DATE);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals(
                "The target must be lower than the baseline, because lower is better for this metric.",
                e.getMessage());
        assertEquals(Optional.of("target.value"), e.field());
    }

    @Test
    public void define_shouldRefuse_whenTheTargetIsHigherAndLowerIsBetter() {
        goal = new Reference(15, TARGET_DATE);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals(
                "The target must be lower than the baseline, because lower is better for this metric.",
                e.getMessage());
    }

    @Test
    public void define_shouldRefuse_whenTheTargetIsLowerAndHigherIsBetter() {
        metric = Metric.preset(MetricKind.COMPLETION_RATE);
        baseline = new Reference(62, BASELINE_DATE);
        goal = new Reference(55, TARGET_DATE);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals(
                "The target must be higher than the baseline, because higher is better for this metric.",
                e.getMessage());
        assertEquals(Optional.of("target.value"), e.field());
    }

    @Test
    public void define_shouldRefuse_whenTheTargetEqualsTheBaselineAndHigherIsBetter() {
        metric = Metric.preset(MetricKind.COMPLETION_RATE);
        baseline = new Reference(62, BASELINE_DATE);
        goal = new Reference(62, TARGET_DATE);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals(Optional.of("target.value"), e.field());
    }

    @Test
    public void define_shouldAccept_whenTheTargetIsHigherAndHigherIsBetter() {
        metric = Metric.preset(MetricKind.COMPLETION_RATE);
        baseline = new Reference(62, BASELINE_DATE);
        goal = new Reference(80, TARGET_DATE);

        Outcome target = define();

        assertEquals(80, target.target().value(), 0.0);
    }

    @Test
    public void define_shouldRefuse_whenTheTargetDateIsTheBaselineDate() {
        goal = new Reference(5, BASELINE_DATE);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals("The target date must be after the baseline date.", e.getMessage());
        assertEquals(Optional.of("target.date"), e.field());
    }

    @Test
    public void define_shouldRefuse_whenTheTargetDateIsBeforeTheBaselineDate() {
        goal = new Reference(5, BASELINE_DATE.minusDays(1));

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals(Optional.of("target.date"), e.field());
    }

    @Test
    public void define_shouldAccept_whenTheTargetDateIsTheDayAfterTheBaseline() {
        goal = new Reference(5, BASELINE_DATE.plusDays(1));

        Outcome target = define();

        assertEquals(BASELINE_DATE.plusDays(1), target.target().date());
    }

    @Test
    public void define_shouldRequireATitle_whenTheTitleIsBlank() {
        title = " ";

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals("The outcome title is required.", e.getMessage());
        assertEquals(Optional.of("title"), e.field());
    }

    @Test
    public void define_shouldRefuse_whenTheTitleIsLongerThan200() {
        title = "x".repeat(Outcome.TITLE_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals(
                "The outcome title can have at most 200 characters; this has 201.", e.getMessage());
    }

    @Test
    public void define_shouldRequireAMetric_whenTheMetricIsNull() {
        metric = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals("The metric is required.", e.getMessage());
        assertEquals(Optional.of("metric"), e.field());
    }

    @Test
    public void define_shouldRequireABaseline_whenTheBaselineIsNull() {
        baseline = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals("The baseline is required.", e.getMessage());
        assertEquals(Optional.of("baseline"), e.field());
    }

    @Test
    public void define_shouldRequireATarget_whenTheTargetIsNull() {
        goal = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::define);

        assertEquals("The target is required.", e.getMessage());
        assertEquals(Optional.of("target"), e.field());
    }

    @Test
    public void define_shouldRequireAnOwner_whenTheOwnerIsNull() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Outcome.define(
                                        title,
                                        null,
                                        metric,
                                        baseline,
                                        goal,
                                        null,
                                        Users.MARIA,
                                        NOW));

        assertEquals("The owning department is required.", e.getMessage());
        assertEquals(Optional.of("ownerDepartment"), e.field());
    }

    @Test
    public void define_shouldRefuse_whenTheDescriptionIsTooLong() {
        String description = "x".repeat(Outcome.DESCRIPTION_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Outcome.define(
                                        title,
                                        description,
                                        metric,
                                        baseline,
                                        goal,
                                        Departments.OPERATIONS,
                                        Users.MARIA,
                                        NOW));

        assertEquals(
                "The description can have at most 10,000 characters; this has 10,001.",
                e.getMessage());
        assertEquals(Optional.of("description"), e.field());
    }

    @Test
    public void stored_shouldRequireAStatus_whenTheStatusIsNull() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> anOutcome().withStatus(null).build());

        assertEquals("The status is required.", e.getMessage());
        assertEquals(Optional.of("status"), e.field());
    }

    @Test
    public void progressOf_shouldBeZero_whenTheValueIsTheBaselineAndLowerIsBetter() {
        Outcome target = anOutcome().build();

        assertEquals(0.0, target.progressOf(12), 1e-9);
    }

    @Test
    public void progressOf_shouldBeOne_whenTheValueIsTheTargetAndLowerIsBetter() {
        Outcome target = anOutcome().build();

        assertEquals(1.0, target.progressOf(5), 1e-9);
    }

    @Test
    public void progressOf_shouldBeHalf_whenHalfwayAndLowerIsBetter() {
        Outcome target = anOutcome().build();

        assertEquals(0.5, target.progressOf(8.5), 1e-9);
    }

    @Test
    public void progressOf_shouldBeNegative_whenTheValueMovedTheWrongWayAndLowerIsBetter() {
        Outcome target = anOutcome().build();

        assertEquals(-2.0 / 7.0, target.progressOf(14), 1e-9);
    }

    @Test
    public void progressOf_shouldBeAboveOne_whenTheValuePassedTheTargetAndLowerIsBetter() {
        Outcome target = anOutcome().build();

        assertTrue(target.progressOf(3) > 1);
    }

    @Test
    public void progressPercentOf_shouldRoundToWholePercent_whenBetweenBaselineAndTarget() {
        Outcome target = anOutcome().build();

        assertEquals(50, target.progressPercentOf(8.5));
        assertEquals(29, target.progressPercentOf(10));
    }

    @Test
    public void progressPercentOf_shouldBeZero_whenTheValueMovedTheWrongWay() {
        Outcome target = anOutcome().build();

        assertEquals(0, target.progressPercentOf(14));
    }

    @Test
    public void progressPercentOf_shouldBeHundred_whenTheValuePassedTheTarget() {
        Outcome target = anOutcome().build();

        assertEquals(100, target.progressPercentOf(3));
    }

    @Test
    public void progressOf_shouldBeZero_whenTheValueIsTheBaselineAndHigherIsBetter() {
        Outcome target = anOutcome().higherIsBetter().build();

        assertEquals(0.0, target.progressOf(62), 1e-9);
    }

    @Test
    public void progressOf_shouldBeOne_whenTheValueIsTheTargetAndHigherIsBetter() {
        Outcome target = anOutcome().higherIsBetter().build();

        assertEquals(1.0, target.progressOf(80), 1e-9);
    }

    @Test
    public void progressOf_shouldBeHalf_whenHalfwayAndHigherIsBetter() {
        Outcome target = anOutcome().higherIsBetter().build();

        assertEquals(0.5, target.progressOf(71), 1e-9);
    }

    @Test
    public void progressOf_shouldBeNegative_whenTheValueMovedTheWrongWayAndHigherIsBetter() {
        Outcome target = anOutcome().higherIsBetter().build();

        assertEquals(-12.0 / 18.0, target.progressOf(50), 1e-9);
    }

    @Test
    public void redefine_shouldKeepIdentityCreatorAndVersion_whenRedefined() {
        Outcome target = anOutcome().build();

        Outcome result =
                target.redefine(
                        "Renewals in under five minutes",
                        null,
                        target.metric(),
                        target.baseline(),
                        target.target(),
                        Departments.PRODUCT,
                        OutcomeStatus.PAUSED);

        assertEquals(target.requireId(), result.requireId());
        assertEquals(target.createdBy(), result.createdBy());
        assertEquals(target.version(), result.version());
        assertEquals(OutcomeStatus.PAUSED, result.status());
        assertEquals(Departments.PRODUCT, result.owner());
    }

    @Test
    public void redefine_shouldCheckTheTargetAgain_whenTheDirectionFlips() {
        Outcome target = anOutcome().build();
        Metric higherIsBetter =
                new Metric(MetricKind.CUSTOM, "minutes", Direction.HIGHER_IS_BETTER);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.redefine(
                                        target.title(),
                                        null,
                                        higherIsBetter,
                                        target.baseline(),
                                        target.target(),
                                        target.owner(),
                                        target.status()));

        assertEquals(Optional.of("target.value"), e.field());
    }

    @Test
    public void storedAs_shouldTakeIdAndVersion_whenStored() {
        Outcome target = define();

        Outcome result = target.storedAs(new OutcomeId(350), 1);

        assertEquals(new OutcomeId(350), result.requireId());
        assertEquals(1, result.version());
    }

    @Test
    public void requireId_shouldSayNotStored_whenTheOutcomeHasNoId() {
        Outcome target = define();

        NullPointerException e = assertThrows(NullPointerException.class, target::requireId);

        assertEquals("The outcome is not stored yet", e.getMessage());
    }
}
