package org.experimentlog.web.ui;

/** One iteration of an experiment that aims to move the outcome, formatted for the page. Immutable. */
public final class LinkedIterationView {
    private final String issueKey;
    private final String number;
    private final String start;
    private final String end;

    LinkedIterationView(String issueKey, String number, String start, String end) {
        this.issueKey = issueKey;
        this.number = number;
        this.start = start;
        this.end = end;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getNumber() {
        return number;
    }

    /** Whether it has both days, so the chart shows it; otherwise the page says it is not planned yet. */
    public boolean isDated() {
        return !start.isEmpty() && !end.isEmpty();
    }

    public String getStart() {
        return start;
    }

    public String getEnd() {
        return end;
    }
}
