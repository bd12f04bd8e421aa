package org.experimentlog.web.ui.register;

/** One deviation from the registered plan, in the reader's language. */
public final class RegisterChangeView {
    private final int planVersion;
    private final String part;
    private final String before;
    private final String after;
    private final String reason;
    private final String on;
    private final String by;

    public RegisterChangeView(
            int planVersion,
            String part,
            String before,
            String after,
            String reason,
            String on,
            String by) {
        this.planVersion = planVersion;
        this.part = part;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.on = on;
        this.by = by == null ? "" : by;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    /** Which part changed, e.g. "Success signal". */
    public String getPart() {
        return part;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public String getOn() {
        return on;
    }

    public boolean isHasBy() {
        return !by.isEmpty();
    }

    public String getBy() {
        return by;
    }
}
