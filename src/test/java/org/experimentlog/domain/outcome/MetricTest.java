package org.experimentlog.domain.outcome;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class MetricTest {

    @Test
    public void preset_shouldUseMinutesAndLowerIsBetter_whenSpeedOfService() {
        Metric target = Metric.preset(MetricKind.SPEED_OF_SERVICE);

        assertEquals(
                new Metric(MetricKind.SPEED_OF_SERVICE, "minutes", Direction.LOWER_IS_BETTER),
                target);
    }

    @Test
    public void preset_shouldUsePercentAndHigherIsBetter_whenSatisfaction() {
        Metric target = Metric.preset(MetricKind.SATISFACTION);

        assertEquals(new Metric(MetricKind.SATISFACTION, "%", Direction.HIGHER_IS_BETTER), target);
    }

    @Test
    public void preset_shouldUsePercentAndHigherIsBetter_whenCompletionRate() {
        assertEquals(
                new Metric(MetricKind.COMPLETION_RATE, "%", Direction.HIGHER_IS_BETTER),
                Metric.preset(MetricKind.COMPLETION_RATE));
    }

    @Test
    public void preset_shouldUsePercentAndHigherIsBetter_whenDigitalTakeUp() {
        assertEquals(
                new Metric(MetricKind.DIGITAL_TAKE_UP, "%", Direction.HIGHER_IS_BETTER),
                Metric.preset(MetricKind.DIGITAL_TAKE_UP));
    }

    @Test
    public void preset_shouldUseEurosAndLowerIsBetter_whenCostPerTransaction() {
        assertEquals(
                new Metric(MetricKind.COST_PER_TRANSACTION, "EUR", Direction.LOWER_IS_BETTER),
                Metric.preset(MetricKind.COST_PER_TRANSACTION));
    }

    @Test
    public void preset_shouldUseUsersAndHigherIsBetter_whenAdoption() {
        assertEquals(
                new Metric(MetricKind.ADOPTION, "users", Direction.HIGHER_IS_BETTER),
                Metric.preset(MetricKind.ADOPTION));
    }

    @Test
    public void preset_shouldFallBackToCount_whenCustomHasNoDefaultUnit() {
        Metric target = Metric.preset(MetricKind.CUSTOM);

        assertEquals(new Metric(MetricKind.CUSTOM, "count", Direction.HIGHER_IS_BETTER), target);
    }

    @Test
    public void constructor_shouldTrimTheUnit_whenGivenWithSpaces() {
        Metric target = new Metric(MetricKind.CUSTOM, " calls ", Direction.LOWER_IS_BETTER);

        assertEquals("calls", target.unit());
    }

    @Test
    public void constructor_shouldRequireAUnit_whenTheUnitIsBlank() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Metric(MetricKind.CUSTOM, " ", Direction.LOWER_IS_BETTER));

        assertEquals("The unit is required.", e.getMessage());
        assertEquals(Optional.of("metric.unit"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheUnitIsLongerThan40() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                new Metric(
                                        MetricKind.CUSTOM,
                                        "u".repeat(Metric.UNIT_MAX + 1),
                                        Direction.LOWER_IS_BETTER));

        assertEquals("The unit can have at most 40 characters; this has 41.", e.getMessage());
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheDirectionIsNull() {
        assertThrows(
                NullPointerException.class, () -> new Metric(MetricKind.CUSTOM, "calls", null));
    }
}
