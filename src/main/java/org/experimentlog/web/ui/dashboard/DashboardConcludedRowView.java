package org.experimentlog.web.ui.dashboard;

/** A concluded experiment in "What we learned". */
public final class DashboardConcludedRowView {
    private final String issueKey;
    private final String issueHref;
    private final String change;
    private final String verdictKey;
    private final String day;

    DashboardConcludedRowView(
            String issueKey, String issueHref, String change, String verdictKey, String day) {
        this.issueKey = issueKey;
        this.issueHref = issueHref;
        this.change = change;
        this.verdictKey = verdictKey;
        this.day = day;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueHref() {
        return issueHref;
    }

    public String getChange() {
        return change;
    }

    public String getVerdictKey() {
        return verdictKey;
    }

    public String getDay() {
        return day;
    }
}
