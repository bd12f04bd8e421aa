package org.experimentlog.web.ui.retrospective;

/**
 * A learning recorded in the period, with the issue of its experiment and that experiment's
 * verdict.
 */
public final class RetroLearningView {
    private final String statement;
    private final String issueKey;
    private final String issueHref;
    private final String date;
    private final String isoDate;
    private final String verdictLabelKey;

    RetroLearningView(
            String statement,
            String issueKey,
            String issueHref,
            String date,
            String isoDate,
            String verdictLabelKey) {
        this.statement = statement;
        this.issueKey = issueKey;
        this.issueHref = issueHref;
        this.date = date;
        this.isoDate = isoDate;
        this.verdictLabelKey = verdictLabelKey;
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

    public String getDate() {
        return date;
    }

    public String getIsoDate() {
        return isoDate;
    }

    public boolean isHasVerdict() {
        return !verdictLabelKey.isEmpty();
    }

    public String getVerdictLabelKey() {
        return verdictLabelKey;
    }
}
