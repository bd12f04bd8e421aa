package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import org.experimentlog.domain.failure.FailureStoryId;

/**
 * A failure story others reused: applied in their experiments or marked as helpful, in the period.
 *
 * @param story the story
 * @param title its title
 * @param appliedIn how many experiments applied its lesson in the period
 * @param helped how many readers marked it helpful in the period
 */
public record ReusedLesson(FailureStoryId story, String title, int appliedIn, int helped) {
    public ReusedLesson {
        requireNonNull(story, "story");
        requireNonNull(title, "title");
    }
}
