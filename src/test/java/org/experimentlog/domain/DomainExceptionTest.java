package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class DomainExceptionTest {
    @Test
    public void constructor_shouldWriteTheEnglishMessageFromTheKey_withPhrasesInEnglish() {
        InvalidInputException target =
                new InvalidInputException(
                        "title", ErrorKey.FIELD_REQUIRED, FieldLabel.OUTCOME_TITLE);

        assertEquals("The outcome title is required.", target.getMessage());
        assertEquals(Optional.of(ErrorKey.FIELD_REQUIRED), target.key());
        assertEquals(List.of(FieldLabel.OUTCOME_TITLE), target.arguments());
    }

    @Test
    public void constructor_shouldHaveNoKey_whenGivenAnEnglishMessageOnly() {
        RuleViolationException target =
                new RuleViolationException("stage", "Could not do this yet.");

        assertEquals(Optional.empty(), target.key());
        assertEquals(List.of(), target.arguments());
    }

    @Test
    public void about_shouldKeepTheKeyAndArguments_whenTheFieldIsRenamed() {
        InvalidInputException original =
                new InvalidInputException("tags", ErrorKey.TAG_INVALID, "a b", 40);

        InvalidInputException target = original.about("tag");

        assertEquals(Optional.of("tag"), target.field());
        assertEquals(Optional.of(ErrorKey.TAG_INVALID), target.key());
        assertEquals(List.of("a b", 40), target.arguments());
        assertEquals(original.getMessage(), target.getMessage());
    }

    @Test
    public void staleVersion_shouldNameTheObject_asAPhraseTheWebLayerTranslates() {
        StaleVersionException target = new StaleVersionException("outcome");

        assertEquals(List.of(SavedObject.OUTCOME), target.arguments());
        assertEquals(
                "Could not save the outcome: someone else changed it in the meantime. "
                        + "Reload it to see their change, then apply yours again.",
                target.getMessage());
    }

    @Test
    public void projectHasExperiments_shouldCountInEnglish_whenThereIsOneOrMore() {
        assertEquals(
                "Could not stop offering the Experiment issue type in PERMIT: the project has 1 experiment. "
                        + "Move or delete them first.",
                ErrorKey.PROJECT_HAS_EXPERIMENTS.english("PERMIT", 1));
        assertEquals(
                "Could not stop offering the Experiment issue type in PERMIT: the project has 2 experiments. "
                        + "Move or delete them first.",
                ErrorKey.PROJECT_HAS_EXPERIMENTS.english("PERMIT", 2));
    }
}
