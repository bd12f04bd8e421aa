package org.experimentlog.web.ui.failures;

import org.experimentlog.web.ui.JsonText;

/** One record that a story's lesson was applied in an experiment. Immutable. */
public final class AppliedInView {
    private final String issueKey;
    private final String issueUrl;
    private final String note;
    private final String byName;
    private final String on;
    private final boolean removable;
    private final String undoBody;

    AppliedInView(
            String issueKey,
            String issueUrl,
            String note,
            String byName,
            String on,
            boolean removable) {
        this.removable = removable;
        this.undoBody =
                "{\"issueKey\":"
                        + JsonText.string(issueKey)
                        + (note == null || note.isEmpty()
                                ? ""
                                : ",\"note\":" + JsonText.string(note))
                        + "}";
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

    /** Whether the reader may remove the record: who recorded it, or an administrator. */
    public boolean isRemovable() {
        return removable;
    }

    /** The record as the API creates it: the body that undoes its removal. */
    public String getUndoBody() {
        return undoBody;
    }
}
