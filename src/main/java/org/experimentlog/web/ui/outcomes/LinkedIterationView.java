package org.experimentlog.web.ui.outcomes;

/**
 * One iteration of an experiment that aims to move the outcome, formatted for the page. Immutable.
 */
public final class LinkedIterationView {
    private final String issueKey;
    private final String number;
    private final String start;
    private final String end;
    private final boolean running;

    LinkedIterationView(String issueKey, String number, String start, String end, boolean running) {
        this.issueKey = issueKey;
        this.number = number;
        this.start = start;
        this.end = end;
        this.running = running;
    }

    /**
     * Whether it has started and not ended: the chart draws it up to today and the page says it is
     * running.
     */
    public boolean isRunning() {
        return running;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getNumber() {
        return number;
    }

    /**
     * Whether it has both days, so the chart shows it; otherwise the page says it is not planned
     * yet.
     */
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
