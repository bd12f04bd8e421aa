package org.experimentlog.app.port;

import java.time.Instant;
import java.util.Optional;
import org.experimentlog.domain.failure.FailureStory;

/**
 * One thing the learning library found: a learning (with its experiment) or a failure story, never
 * both.
 *
 * @param learning the learning found; null for a story
 * @param story the story found; null for a learning
 */
public record LibraryHit(LearningHit learning, FailureStory story) {
    public LibraryHit {
        if ((learning == null) == (story == null)) {
            throw new IllegalArgumentException("A library hit is a learning or a story.");
        }
    }

    public static LibraryHit of(LearningHit learning) {
        return new LibraryHit(learning, null);
    }

    public static LibraryHit of(FailureStory story) {
        return new LibraryHit(null, story);
    }

    public Optional<LearningHit> learningIfAny() {
        return Optional.ofNullable(learning);
    }

    public Optional<FailureStory> storyIfAny() {
        return Optional.ofNullable(story);
    }

    /** When the learning was written or the story shared. */
    public Instant at() {
        return learning != null ? learning.learning().createdAt() : story.createdAt();
    }
}
