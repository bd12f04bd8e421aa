package org.experimentlog.web.ui.panel;

import java.util.List;

/** A learning and its tags. */
public final class LearningView {
    private final long id;
    private final String statement;
    private final List<String> tags;

    LearningView(long id, String statement, List<String> tags) {
        this.id = id;
        this.statement = statement;
        this.tags = List.copyOf(tags);
    }

    public long getId() {
        return id;
    }

    public String getStatement() {
        return statement;
    }

    public List<String> getTags() {
        return tags;
    }
}
