package org.experimentlog.web.ui.retrospective;

/**
 * A failure story whose lesson others reused in the period: applied in experiments, or marked
 * helpful.
 */
public final class RetroReusedView {
    private final String href;
    private final String title;
    private final String appliedIn;
    private final String helped;

    RetroReusedView(String href, String title, String appliedIn, String helped) {
        this.href = href;
        this.title = title;
        this.appliedIn = appliedIn;
        this.helped = helped;
    }

    public String getHref() {
        return href;
    }

    public String getTitle() {
        return title;
    }

    public String getAppliedIn() {
        return appliedIn;
    }

    public String getHelped() {
        return helped;
    }
}
