package org.experimentlog.web.ui.panel;

import java.util.List;

/** A learning and its tags. */
public final class LearningView {
    private final long id;
    private final String statement;
    private final List<String> tags;
    private final String undoBody;
    private final long version;

    LearningView(long id, long version, String statement, List<String> tags, String undoBody) {
        this.id = id;
        this.version = version;
        this.statement = statement;
        this.tags = List.copyOf(tags);
        this.undoBody = undoBody;
    }

    public long getId() {
        return id;
    }

    /** The version the edit form read: a change in the meantime is refused, not overwritten. */
    public long getVersion() {
        return version;
    }

    /** The tags as the edit form's field holds them: separated by commas. */
    public String getTagsText() {
        return String.join(", ", tags);
    }

    public String getStatement() {
        return statement;
    }

    public List<String> getTags() {
        return tags;
    }

    /** The learning as the API adds it: the body that undoes its removal. */
    public String getUndoBody() {
        return undoBody;
    }
}
