package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class TagTest {

    @Test
    public void constructor_shouldTrimLowerCaseAndHyphenate_whenGivenWordsWithSpaces() {
        Tag target = new Tag("  Digital Forms ");

        assertEquals("digital-forms", target.value());
    }

    @Test
    public void constructor_shouldAcceptLettersWithAccentsAndDigits_whenGiven() {
        Tag target = new Tag("Straßen-2025");

        assertEquals("straßen-2025", target.value());
    }

    @Test
    public void constructor_shouldAcceptFortyCharacters_whenAtTheMaximum() {
        Tag target = new Tag("a".repeat(Tag.MAX_LENGTH));

        assertEquals(40, target.value().length());
    }

    @Test
    public void constructor_shouldQuoteTheInputAndExplainTheShape_whenLongerThanForty() {
        String value = "a".repeat(Tag.MAX_LENGTH + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Tag(value));

        assertEquals(
                "\"" + value + "\" is not a tag: use 1 to 40 letters, digits and hyphens.",
                e.getMessage());
        assertEquals(Optional.of("tags"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenStartingWithAHyphen() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Tag("-forms"));

        assertEquals(
                "\"-forms\" is not a tag: use 1 to 40 letters, digits and hyphens.",
                e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenContainingPunctuation() {
        assertThrows(InvalidInputException.class, () -> new Tag("forms!"));
    }

    @Test
    public void constructor_shouldRefuse_whenContainingAnUnderscore() {
        assertThrows(InvalidInputException.class, () -> new Tag("digital_forms"));
    }

    @Test
    public void constructor_shouldQuoteTheOriginalInput_whenBlank() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Tag("  "));

        assertEquals(
                "\"  \" is not a tag: use 1 to 40 letters, digits and hyphens.", e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenNull() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Tag(null));

        assertEquals(
                "\"null\" is not a tag: use 1 to 40 letters, digits and hyphens.", e.getMessage());
    }

    @Test
    public void equals_shouldBeTrue_whenTagsDifferOnlyInCase() {
        assertEquals(new Tag("forms"), new Tag("FORMS"));
    }

    @Test
    public void compareTo_shouldOrderAlphabetically_whenCompared() {
        int result = new Tag("accessibility").compareTo(new Tag("Parking"));

        assertTrue(result < 0);
    }

    @Test
    public void toString_shouldBeTheNormalisedValue_whenPrinted() {
        assertEquals("parking-permits", new Tag("Parking permits").toString());
    }
}
