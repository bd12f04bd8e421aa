package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Hypotheses.aHypothesis;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.testing.Hypotheses;
import org.junit.Before;
import org.junit.Test;

public class HypothesisTest {
    private static final String TOO_LONG = "x".repeat(Hypothesis.PART_MAX + 1);

    private Hypotheses target;

    @Before
    public void setUp() {
        target = aHypothesis();
    }

    @Test
    public void constructor_shouldTrimPartsAndTurnBlankIntoNull_whenCreated() {
        Hypothesis result = target.withChange("  a shorter form  ").withReason("   ").build();

        assertEquals("a shorter form", result.change());
        assertNull(result.reason());
    }

    @Test
    public void constructor_shouldNameTheChange_whenTheChangeIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.withChange(TOO_LONG).build());

        assertEquals(
                "The change (we believe that…) can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.change"), e.field());
    }

    @Test
    public void constructor_shouldNameTheAudience_whenTheAudienceIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.withAudience(TOO_LONG).build());

        assertEquals(
                "The audience (for…) can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.audience"), e.field());
    }

    @Test
    public void constructor_shouldNameTheExpectedResult_whenTheExpectedResultIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.withExpectedResult(TOO_LONG).build());

        assertEquals(
                "The expected result (will result in…) can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.expectedResult"), e.field());
    }

    @Test
    public void constructor_shouldNameTheReason_whenTheReasonIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.withReason(TOO_LONG).build());

        assertEquals(
                "The reason (because…) can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.reason"), e.field());
    }

    @Test
    public void constructor_shouldNameTheSignal_whenTheSignalIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.withSignal(TOO_LONG).build());

        assertEquals(
                "The signal (we will know when…) can have at most 2,000 characters; this has 2,001.",
                e.getMessage());
        assertEquals(Optional.of("hypothesis.signal"), e.field());
    }

    @Test
    public void isEmpty_shouldBeTrue_whenCreatedEmpty() {
        assertTrue(Hypothesis.empty().isEmpty());
    }

    @Test
    public void isEmpty_shouldBeFalse_whenOnlyTheReasonIsGiven() {
        Hypothesis result = new Hypothesis(null, null, null, "residents forget their plate", null);

        assertFalse(result.isEmpty());
    }

    @Test
    public void missingForStart_shouldBeEmpty_whenComplete() {
        assertEquals(List.of(), target.build().missingForStart());
    }

    @Test
    public void missingForStart_shouldListTheRequiredPartsInFormOrder_whenEmpty() {
        List<String> result = Hypothesis.empty().missingForStart();

        assertEquals(
                List.of(
                        "hypothesis.change",
                        "hypothesis.audience",
                        "hypothesis.expectedResult",
                        "hypothesis.signal"),
                result);
    }

    @Test
    public void missingForStart_shouldNotListTheReason_whenOnlyTheReasonIsMissing() {
        List<String> result = target.withReason(null).build().missingForStart();

        assertEquals(List.of(), result);
    }

    @Test
    public void missingForStart_shouldListTheExpectedResult_whenItIsBlank() {
        List<String> result = target.withExpectedResult("  ").build().missingForStart();

        assertEquals(List.of("hypothesis.expectedResult"), result);
    }

    @Test
    public void hints_shouldBeEmpty_whenReasonIsGivenAndSignalHasANumber() {
        assertEquals(List.of(), target.build().hints());
    }

    @Test
    public void hints_shouldAskForAReason_whenTheReasonIsMissing() {
        List<HypothesisHint> result = target.withReason(null).build().hints();

        assertEquals(List.of(HypothesisHint.NO_REASON), result);
    }

    @Test
    public void hints_shouldAskForASignalButNotAThreshold_whenTheSignalIsMissing() {
        List<HypothesisHint> result = target.withSignal(null).build().hints();

        assertEquals(List.of(HypothesisHint.NO_SIGNAL), result);
    }

    @Test
    public void hints_shouldAskForAThreshold_whenTheSignalHasNoNumber() {
        List<HypothesisHint> result =
                target.withSignal("renewals are clearly faster").build().hints();

        assertEquals(List.of(HypothesisHint.NO_THRESHOLD), result);
    }

    @Test
    public void hints_shouldListReasonThenSignal_whenEmpty() {
        List<HypothesisHint> result = Hypothesis.empty().hints();

        assertEquals(List.of(HypothesisHint.NO_REASON, HypothesisHint.NO_SIGNAL), result);
    }
}
