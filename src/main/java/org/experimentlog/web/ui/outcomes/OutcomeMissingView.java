package org.experimentlog.web.ui.outcomes;

/** The page for an outcome that does not exist. Immutable. */
public final class OutcomeMissingView {
    private final String requested;

    OutcomeMissingView(String requested) {
        this.requested = requested;
    }

    /** What was asked for, as text for the message. */
    public String getRequested() {
        return requested;
    }
}
