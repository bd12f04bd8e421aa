package org.experimentlog.web.ui.outcomes;

import java.util.List;

/** One outcome on the outcomes page: what it measures, who owns it, and how far it has come. */
public final class OutcomeRowView {
    private final String id;
    private final String title;
    private final String metricLabelKey;
    private final String unit;
    private final String directionLabelKey;
    private final String ownerName;
    private final String statusLabelKey;
    private final String baseline;
    private final String latest;
    private final String target;
    private final int progressPercent;
    private final List<String> experimentKeys;

    OutcomeRowView(
            String id,
            String title,
            String metricLabelKey,
            String unit,
            String directionLabelKey,
            String ownerName,
            String statusLabelKey,
            String baseline,
            String latest,
            String target,
            int progressPercent,
            List<String> experimentKeys) {
        this.id = id;
        this.title = title;
        this.metricLabelKey = metricLabelKey;
        this.unit = unit;
        this.directionLabelKey = directionLabelKey;
        this.ownerName = ownerName;
        this.statusLabelKey = statusLabelKey;
        this.baseline = baseline;
        this.latest = latest;
        this.target = target;
        this.progressPercent = progressPercent;
        this.experimentKeys = List.copyOf(experimentKeys);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getMetricLabelKey() {
        return metricLabelKey;
    }

    public String getUnit() {
        return unit;
    }

    public String getDirectionLabelKey() {
        return directionLabelKey;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getStatusLabelKey() {
        return statusLabelKey;
    }

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

    /** From baseline (0) to target (100), in the metric's better direction, clamped. */
    public int getProgressPercent() {
        return progressPercent;
    }

    public boolean isHasExperiments() {
        return !experimentKeys.isEmpty();
    }

    public List<String> getExperimentKeys() {
        return experimentKeys;
    }
}
