package org.experimentlog.web.ui.library;

import java.util.List;

/**
 * One result on the learning library page: a learning or a failure story, with where it came from.
 * Immutable.
 */
public final class LibraryRowView {
    private final boolean story;
    private final String text;
    private final String href;
    private final String sourceKey;
    private final String stageLabelKey;
    private final String verdictLabelKey;
    private final String date;
    private final String isoDate;
    private final List<String> tags;

    LibraryRowView(
            boolean story,
            String text,
            String href,
            String sourceKey,
            String stageLabelKey,
            String verdictLabelKey,
            String date,
            String isoDate,
            List<String> tags) {
        this.story = story;
        this.text = text;
        this.href = href;
        this.sourceKey = sourceKey;
        this.stageLabelKey = stageLabelKey;
        this.verdictLabelKey = verdictLabelKey;
        this.date = date;
        this.isoDate = isoDate;
        this.tags = List.copyOf(tags);
    }

    /** Whether this is a failure story (else a learning). */
    public boolean isStory() {
        return story;
    }

    /** The learning's statement or the story's title. */
    public String getText() {
        return text;
    }

    /**
     * Where the result lives: the experiment's issue, or the story's page (relative to the library
     * page).
     */
    public String getHref() {
        return href;
    }

    /** The issue key of the learning's experiment; empty for a story. */
    public String getSourceKey() {
        return sourceKey;
    }

    public String getStageLabelKey() {
        return stageLabelKey;
    }

    public boolean isHasVerdict() {
        return !verdictLabelKey.isEmpty();
    }

    public String getVerdictLabelKey() {
        return verdictLabelKey;
    }

    /** The day, formatted for the reader. */
    public String getDate() {
        return date;
    }

    /** The day as ISO-8601, for {@code <time datetime>}. */
    public String getIsoDate() {
        return isoDate;
    }

    public boolean isHasTags() {
        return !tags.isEmpty();
    }

    public List<String> getTags() {
        return tags;
    }
}
