package org.experimentlog.web.ui.panel;

/** A linked outcome's progress from baseline through the latest measurement to the target. */
public final class OutcomeProgressView {
    private final String title;
    private final String expectedLabelKey;
    private final String baseline;
    private final String latest;
    private final String target;
    private final int progressPercent;

    OutcomeProgressView(
            String title,
            String expectedLabelKey,
            String baseline,
            String latest,
            String target,
            int progressPercent) {
        this.title = title;
        this.expectedLabelKey = expectedLabelKey;
        this.baseline = baseline;
        this.latest = latest;
        this.target = target;
        this.progressPercent = progressPercent;
    }

    public String getTitle() {
        return title;
    }

    public String getExpectedLabelKey() {
        return expectedLabelKey;
    }

    /** The baseline value with its unit, formatted. */
    public String getBaseline() {
        return baseline;
    }

    public boolean isHasLatest() {
        return !latest.isEmpty();
    }

    public String getLatest() {
        return latest;
    }

    public String getTarget() {
        return target;
    }

    /** Progress towards the target, 0 to 100 (clamped: a value past the target shows 100). */
    public int getProgressPercent() {
        return progressPercent;
    }
}
