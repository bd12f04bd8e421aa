package org.experimentlog.app.digest;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.stats.Finding;

/**
 * One person's digest, before it is written as mail: what happened since their last one that they
 * follow and may see, grouped by what they follow, and what happened to their own lessons.
 *
 * @param followingUrl the page where they manage what they follow
 */
public record Digest(
        String displayName,
        Locale locale,
        Instant from,
        Instant until,
        List<Group> groups,
        List<Entry> yourLessons,
        String followingUrl) {
    public Digest {
        requireNonNull(displayName, "displayName");
        requireNonNull(locale, "locale");
        groups = List.copyOf(groups);
        yourLessons = List.copyOf(yourLessons);
    }

    /** What a digest reports about. */
    public enum EntryKind {
        LEARNING,
        CONCLUDED,
        ABANDONED,
        STORY,
        HELPED,
        APPLIED
    }

    /**
     * Everything new about one thing the person follows.
     *
     * @param targetName the department's or outcome's name, the tag or the project key
     * @param unsubscribeUrl stops following it, without logging in
     * @param more how many more items there were than a group lists (they are in the library)
     * @param moreUrl where to read them all
     */
    public record Group(
            FollowTarget target,
            String targetName,
            String unsubscribeUrl,
            List<Entry> entries,
            int more,
            String moreUrl) {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One item.
     *
     * @param title the learning's statement, the experiment's change, the story's title
     * @param url where to read it
     * @param issueKey the experiment's issue, or the issue a lesson was applied in
     * @param verdictCode a concluded experiment's verdict
     * @param finding the statistics sentence of a closed experiment's strongest result
     */
    public record Entry(
            EntryKind kind,
            String title,
            String url,
            Optional<String> issueKey,
            Optional<String> verdictCode,
            Optional<Finding> finding) {}

    /** How many items, across groups and lessons. */
    public int size() {
        return groups.stream().mapToInt(g -> g.entries().size()).sum() + yourLessons.size();
    }
}
