package org.experimentlog.web.ui.dashboard;

/** A learning in "What we learned". */
public final class DashboardLearningRowView {
    private final String statement;
    private final String issueKey;
    private final String issueHref;
    private final String verdictKey;
    private final String day;

    DashboardLearningRowView(
            String statement, String issueKey, String issueHref, String verdictKey, String day) {
        this.statement = statement;
        this.issueKey = issueKey;
        this.issueHref = issueHref;
        this.verdictKey = verdictKey;
        this.day = day;
    }

    public String getStatement() {
        return statement;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueHref() {
        return issueHref;
    }

    /** The i18n key of its experiment's verdict; empty while the experiment is open. */
    public String getVerdictKey() {
        return verdictKey;
    }

    public boolean isHasVerdict() {
        return !verdictKey.isEmpty();
    }

    public String getDay() {
        return day;
    }
}
