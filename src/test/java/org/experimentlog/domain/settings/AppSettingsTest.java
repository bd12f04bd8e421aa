package org.experimentlog.domain.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class AppSettingsTest {

    private static AppSettings withConfidence(double level) {
        return new AppSettings(true, true, null, level, 0);
    }

    @Test
    public void defaults_shouldAllowAnonymityShareWithEveryoneAndUse95Percent_whenInstalled() {
        AppSettings target = AppSettings.defaults();

        assertTrue(target.anonymousStoriesAllowed());
        assertTrue(target.storiesVisibleToEveryone());
        assertNull(target.outcomeManagerGroup());
        assertEquals(0.95, target.confidenceLevel(), 0.0);
        assertEquals(0, target.version());
    }

    @Test
    public void constructor_shouldAccept80Percent_whenChosen() {
        assertEquals(0.8, withConfidence(0.8).confidenceLevel(), 0.0);
    }

    @Test
    public void constructor_shouldAccept90Percent_whenChosen() {
        assertEquals(0.9, withConfidence(0.9).confidenceLevel(), 0.0);
    }

    @Test
    public void constructor_shouldAccept95Percent_whenChosen() {
        assertEquals(0.95, withConfidence(0.95).confidenceLevel(), 0.0);
    }

    @Test
    public void constructor_shouldAccept99Percent_whenChosen() {
        assertEquals(0.99, withConfidence(0.99).confidenceLevel(), 0.0);
    }

    @Test
    public void constructor_shouldListTheAllowedLevels_whenTheLevelIsNotOffered() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> withConfidence(0.85));

        assertEquals("The confidence level must be 0.8, 0.9, 0.95 or 0.99.", e.getMessage());
        assertEquals(Optional.of("confidenceLevel"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheLevelIsAPercentage() {
        assertThrows(InvalidInputException.class, () -> withConfidence(95));
    }

    @Test
    public void constructor_shouldRefuse_whenTheLevelIsNaN() {
        assertThrows(InvalidInputException.class, () -> withConfidence(Double.NaN));
    }

    @Test
    public void constructor_shouldTrimTheGroup_whenGivenWithSpaces() {
        AppSettings target = new AppSettings(true, false, " outcome-managers ", 0.95, 3);

        assertEquals("outcome-managers", target.outcomeManagerGroup());
    }

    @Test
    public void constructor_shouldHaveNoGroup_whenTheGroupIsBlank() {
        AppSettings target = new AppSettings(true, false, "  ", 0.95, 3);

        assertNull(target.outcomeManagerGroup());
    }

    @Test
    public void constructor_shouldRefuse_whenTheGroupIsLongerThan255() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new AppSettings(true, false, "g".repeat(256), 0.95, 3));

        assertEquals(
                "The outcome manager group can have at most 255 characters; this has 256.",
                e.getMessage());
        assertEquals(Optional.of("outcomeManagerGroup"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheVersionIsNegative() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new AppSettings(true, true, null, 0.95, -1));

        assertEquals("The version cannot be negative.", e.getMessage());
    }
}
