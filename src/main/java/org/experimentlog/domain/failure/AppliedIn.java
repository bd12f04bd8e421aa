package org.experimentlog.domain.failure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;

/**
 * A record that a story's lesson was applied in another experiment.
 *
 * @param story the story
 * @param issue the experiment issue where the lesson was applied
 * @param by who recorded it
 * @param at when
 * @param note how it was applied; optional
 */
public record AppliedIn(FailureStoryId story, IssueRef issue, UserRef by, Instant at, String note) {
    public static final int NOTE_MAX = 1_000;

    public AppliedIn {
        requireNonNull(story, "story");
        requireNonNull(issue, "issue");
        requireNonNull(by, "by");
        requireNonNull(at, "at");
        note = Fields.optional("note", FieldLabel.NOTE, note, NOTE_MAX);
    }
}
