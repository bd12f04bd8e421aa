package org.experimentlog.web.ui.register;

/** One published experiment in the register's list. */
public final class RegisterRowView {
    private final String href;
    private final String title;
    private final String outcomeLabel;
    private final String outcomeCode;
    private final String closedOn;
    private final String closedIso;
    private final String departments;
    private final String summary;
    private final boolean withdrawn;
    private final String withdrawnOn;
    private final boolean deviated;

    RegisterRowView(
            String href,
            String title,
            String outcomeLabel,
            String outcomeCode,
            String closedOn,
            String closedIso,
            String departments,
            String summary,
            boolean withdrawn,
            String withdrawnOn,
            boolean deviated) {
        this.href = href;
        this.title = title;
        this.outcomeLabel = outcomeLabel;
        this.outcomeCode = outcomeCode;
        this.closedOn = closedOn;
        this.closedIso = closedIso;
        this.departments = departments;
        this.summary = summary;
        this.withdrawn = withdrawn;
        this.withdrawnOn = withdrawnOn;
        this.deviated = deviated;
    }

    public String getHref() {
        return href;
    }

    public String getTitle() {
        return title;
    }

    /** The verdict, or "Abandoned", in the reader's language. */
    public String getOutcomeLabel() {
        return outcomeLabel;
    }

    /** The verdict or stage code, for the label's style. */
    public String getOutcomeCode() {
        return outcomeCode;
    }

    public String getClosedOn() {
        return closedOn;
    }

    public String getClosedIso() {
        return closedIso;
    }

    public String getDepartments() {
        return departments;
    }

    /** "We believe that …" of the published hypothesis. */
    public String getSummary() {
        return summary;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getWithdrawnOn() {
        return withdrawnOn;
    }

    /** Whether the plan changed after it was registered. */
    public boolean isDeviated() {
        return deviated;
    }

    public boolean isHasClosedOn() {
        return !closedOn.isEmpty();
    }

    public boolean isHasDepartments() {
        return !departments.isEmpty();
    }

    public boolean isHasSummary() {
        return !summary.isEmpty();
    }
}
