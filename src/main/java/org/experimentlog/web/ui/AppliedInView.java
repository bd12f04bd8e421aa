package org.experimentlog.web.ui;

/** One record that a story's lesson was applied in an experiment. Immutable. */
public final class AppliedInView {
    private final String issueKey;
    private final String issueUrl;
    private final String note;
    private final String byName;
    private final String on;

    AppliedInView(String issueKey, String issueUrl, String note, String byName, String on) {
        this.issueKey = issueKey;
        this.issueUrl = issueUrl;
        this.note = note == null ? "" : note;
        this.byName = byName;
        this.on = on;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueUrl() {
        return issueUrl;
    }

    public boolean isHasNote() {
        return !note.isEmpty();
    }

    public String getNote() {
        return note;
    }

    public String getByName() {
        return byName;
    }

    public String getOn() {
        return on;
    }
}
