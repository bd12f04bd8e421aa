package org.experimentlog.domain.failure;

import static org.experimentlog.testing.FailureStories.aFailureStory;
import static org.experimentlog.testing.FailureStories.aStoryText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class HelpedMarkTest {
    private static final Instant NOW = Instant.parse("2025-05-02T13:00:00Z");

    private FailureStory story;
    private Reader reader;

    @Before
    public void setUp() {
        story = aFailureStory().build();
        reader = new Reader(Users.JOOST, Set.of(Departments.OPERATIONS), false);
    }

    @Test
    public void by_shouldMarkTheStoryForTheReader_whenTheReaderDidNotWriteIt() {
        HelpedMark target = HelpedMark.by(story, reader, NOW);

        assertEquals(new FailureStoryId(FailureStories.ID), target.story());
        assertEquals(Users.JOOST, target.reader());
        assertEquals(NOW, target.at());
    }

    @Test
    public void by_shouldRefuse_whenTheReaderIsTheAuthor() {
        reader = new Reader(Users.MARIA, Set.of(), false);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> HelpedMark.by(story, reader, NOW));

        assertEquals("Could not mark the story: you shared it yourself.", e.getMessage());
        assertEquals(Optional.of("helped"), e.field());
    }

    @Test
    public void by_shouldRefuse_whenTheAuthorOfAnAnonymousStoryMarksIt() {
        story = aFailureStory().anonymous().build();
        reader = new Reader(Users.MARIA, Set.of(), false);

        assertThrows(RuleViolationException.class, () -> HelpedMark.by(story, reader, NOW));
    }

    @Test
    public void by_shouldRefuse_whenTheAuthorIsAnAdministrator() {
        story = aFailureStory().writtenBy(Users.ADMIN).build();
        reader = new Reader(Users.ADMIN, Set.of(), true);

        assertThrows(RuleViolationException.class, () -> HelpedMark.by(story, reader, NOW));
    }

    @Test
    public void by_shouldThrowNullPointer_whenTheStoryIsNotStored() {
        story =
                FailureStory.share(
                        aStoryText(),
                        List.of(ContributingFactor.DATA_QUALITY),
                        Impact.LOW,
                        null,
                        Audience.everyone(),
                        false,
                        true,
                        Users.MARIA,
                        NOW);

        assertThrows(NullPointerException.class, () -> HelpedMark.by(story, reader, NOW));
    }

    @Test
    public void by_shouldRefuse_whenTheReaderCannotSeeTheStory() {
        story = aFailureStory().build();
        Reader outsider = new Reader(Users.JOOST, Set.of(), false);
        story =
                FailureStory.stored(
                        story.requireId(),
                        story.text(),
                        story.factors(),
                        story.impact(),
                        null,
                        Audience.departments(Set.of(Departments.POLICY)),
                        false,
                        story.author(),
                        NOW,
                        NOW,
                        1);
        FailureStory hidden = story;

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> HelpedMark.by(hidden, outsider, NOW));

        assertEquals(
                "Story "
                        + FailureStories.ID
                        + " does not exist or you do not have permission to see it.",
                e.getMessage());
    }
}
