package org.experimentlog.domain.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class HypothesisPromptsTest {

    @Test
    public void of_shouldKeepTheTextPerLanguageAndPart_trimmed() {
        HypothesisPrompts target =
                HypothesisPrompts.of(Map.of("nl", Map.of(HypothesisPart.SIGNAL, "  bijv. 75%  ")));

        assertEquals(Optional.of("bijv. 75%"), target.prompt("nl", HypothesisPart.SIGNAL));
        assertEquals(Optional.empty(), target.prompt("en", HypothesisPart.SIGNAL));
        assertEquals(Optional.empty(), target.prompt("nl", HypothesisPart.CHANGE));
    }

    @Test
    public void of_shouldUseTheBuiltInExamples_whenEveryTextIsBlank() {
        HypothesisPrompts target =
                HypothesisPrompts.of(Map.of("en", Map.of(HypothesisPart.CHANGE, " ")));

        assertSame(HypothesisPrompts.none(), target);
    }

    @Test
    public void of_shouldNameTheField_whenATextIsTooLong() {
        String tooLong = "x".repeat(HypothesisPrompts.PROMPT_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                HypothesisPrompts.of(
                                        Map.of(
                                                "en",
                                                Map.of(HypothesisPart.EXPECTED_RESULT, tooLong))));

        assertEquals(Optional.of("hypothesisPrompts.en.expectedResult"), e.field());
        assertEquals("The prompt can have at most 300 characters; this has 301.", e.getMessage());
    }

    @Test
    public void of_shouldRefuse_whenTheLanguageIsNotOffered() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                HypothesisPrompts.of(
                                        Map.of(
                                                "de",
                                                Map.of(HypothesisPart.CHANGE, "zum Beispiel"))));

        assertEquals(Optional.of("hypothesisPrompts.de"), e.field());
    }
}
