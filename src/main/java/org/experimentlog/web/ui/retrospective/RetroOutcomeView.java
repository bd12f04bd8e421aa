package org.experimentlog.web.ui.retrospective;

/**
 * How an outcome moved in the period: baseline, the latest value at the start and at the end of the
 * period, the target, which way is better, whether it moved that way, and how far the end value is
 * from baseline to target.
 */
public final class RetroOutcomeView {
    private final String href;
    private final String title;
    private final String baseline;
    private final String atStart;
    private final String atEnd;
    private final String target;
    private final String directionLabelKey;
    private final String movementKey;
    private final int progressPercent;

    RetroOutcomeView(
            String href,
            String title,
            String[] values,
            String directionLabelKey,
            String movementKey,
            int progressPercent) {
        this.href = href;
        this.title = title;
        this.baseline = values[0];
        this.atStart = values[1];
        this.atEnd = values[2];
        this.target = values[3];
        this.directionLabelKey = directionLabelKey;
        this.movementKey = movementKey;
        this.progressPercent = progressPercent;
    }

    public String getHref() {
        return href;
    }

    public String getTitle() {
        return title;
    }

    public String getBaseline() {
        return baseline;
    }

    public boolean isHasStart() {
        return !atStart.isEmpty();
    }

    public String getAtStart() {
        return atStart;
    }

    public boolean isHasEnd() {
        return !atEnd.isEmpty();
    }

    public String getAtEnd() {
        return atEnd;
    }

    public String getTarget() {
        return target;
    }

    public String getDirectionLabelKey() {
        return directionLabelKey;
    }

    /**
     * The i18n key saying whether it improved, worsened, stayed the same or could not be told in
     * the period.
     */
    public String getMovementKey() {
        return movementKey;
    }

    /**
     * 0 at (or behind) the baseline to 100 at (or past) the target, for the value at the end of the
     * period.
     */
    public int getProgressPercent() {
        return progressPercent;
    }
}
