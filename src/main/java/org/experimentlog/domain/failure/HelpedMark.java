package org.experimentlog.domain.failure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.UserRef;

/**
 * A reader's "this helped me" on a story: one per reader and story.
 *
 * @param story the story
 * @param reader who it helped
 * @param at when they said so
 */
public record HelpedMark(FailureStoryId story, UserRef reader, Instant at) {
    public HelpedMark {
        requireNonNull(story, "story");
        requireNonNull(reader, "reader");
        requireNonNull(at, "at");
    }

    /** A mark by a reader who can see the story and did not write it. */
    public static HelpedMark by(FailureStory story, Reader reader, Instant at) {
        if (!story.isVisibleTo(reader)) {
            throw new NotFoundException(
                    "Story "
                            + story.requireId()
                            + " does not exist or you do not have permission to see it.");
        }
        if (story.isWrittenBy(reader.user())) {
            throw new RuleViolationException("helped", ErrorKey.STORY_HELPED_OWN);
        }
        return new HelpedMark(story.requireId(), reader.user(), at);
    }
}
