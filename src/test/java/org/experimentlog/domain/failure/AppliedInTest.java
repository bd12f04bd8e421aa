package org.experimentlog.domain.failure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.Users;
import org.junit.Test;

public class AppliedInTest {
    private static final FailureStoryId STORY = new FailureStoryId(FailureStories.ID);
    private static final IssueRef OTHER_EXPERIMENT = new IssueRef(10030, "PERMIT-30");
    private static final Instant NOW = Instant.parse("2025-06-12T09:30:00Z");

    @Test
    public void constructor_shouldTrimTheNote_whenGiven() {
        AppliedIn target =
                new AppliedIn(
                        STORY, OTHER_EXPERIMENT, Users.JOOST, NOW, " Checked addresses first. ");

        assertEquals("Checked addresses first.", target.note());
    }

    @Test
    public void constructor_shouldHaveNoNote_whenTheNoteIsBlank() {
        AppliedIn target = new AppliedIn(STORY, OTHER_EXPERIMENT, Users.JOOST, NOW, " ");

        assertNull(target.note());
    }

    @Test
    public void constructor_shouldRefuse_whenTheNoteIsLongerThan1000() {
        String note = "x".repeat(AppliedIn.NOTE_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new AppliedIn(STORY, OTHER_EXPERIMENT, Users.JOOST, NOW, note));

        assertEquals("The note can have at most 1,000 characters; this has 1,001.", e.getMessage());
        assertEquals(Optional.of("note"), e.field());
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheIssueIsNull() {
        assertThrows(
                NullPointerException.class,
                () -> new AppliedIn(STORY, null, Users.JOOST, NOW, null));
    }
}
