package org.experimentlog.domain.failure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Before;
import org.junit.Test;

public class StoryTextTest {
    private String title;
    private String whatWeTried;
    private String whatHappened;
    private String whatWeLearned;
    private String whatWeWillDoDifferently;
    private String otherFactors;

    @Before
    public void setUp() {
        title = "Renewal reminders went to old addresses";
        whatWeTried = "We sent renewal reminders by post from the permit register.";
        whatHappened = "A third of the letters came back.";
        whatWeLearned = "The permit register is not a reliable source of addresses.";
        whatWeWillDoDifferently = "Check addresses against the population register first.";
        otherFactors = null;
    }

    private StoryText create() {
        return new StoryText(
                title,
                whatWeTried,
                whatHappened,
                whatWeLearned,
                whatWeWillDoDifferently,
                otherFactors);
    }

    @Test
    public void constructor_shouldTrimEveryPart_whenGivenWithSpaces() {
        title = "  " + title + " ";
        whatWeWillDoDifferently = " Check first. ";

        StoryText target = create();

        assertEquals("Renewal reminders went to old addresses", target.title());
        assertEquals("Check first.", target.whatWeWillDoDifferently());
    }

    @Test
    public void constructor_shouldRequireATitle_whenTheTitleIsBlank() {
        title = " ";

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The title is required.", e.getMessage());
        assertEquals(Optional.of("title"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheTitleIsLongerThan200() {
        title = "x".repeat(201);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The title can have at most 200 characters; this has 201.", e.getMessage());
    }

    @Test
    public void constructor_shouldRequireWhatWeTried_whenItIsMissing() {
        whatWeTried = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("What we tried is required.", e.getMessage());
        assertEquals(Optional.of("whatWeTried"), e.field());
    }

    @Test
    public void constructor_shouldRequireWhatHappened_whenItIsMissing() {
        whatHappened = "";

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("What happened is required.", e.getMessage());
        assertEquals(Optional.of("whatHappened"), e.field());
    }

    @Test
    public void constructor_shouldRequireWhatWeLearned_whenItIsMissing() {
        whatWeLearned = "  ";

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("What we learned is required.", e.getMessage());
        assertEquals(Optional.of("whatWeLearned"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenWhatWeLearnedIsTooLong() {
        whatWeLearned = "x".repeat(10_001);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "What we learned can have at most 10,000 characters; this has 10,001.",
                e.getMessage());
    }

    @Test
    public void constructor_shouldAcceptNothingToDoDifferently_whenItIsBlank() {
        whatWeWillDoDifferently = " ";

        StoryText target = create();

        assertNull(target.whatWeWillDoDifferently());
    }

    @Test
    public void constructor_shouldRefuse_whenOtherFactorsAreLongerThan1000() {
        otherFactors = "x".repeat(StoryText.OTHER_FACTORS_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "Other factors can have at most 1,000 characters; this has 1,001.", e.getMessage());
        assertEquals(Optional.of("otherFactors"), e.field());
    }
}
