package org.experimentlog.web.ui.outcomes;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The outcome page: the outcome's definition and progress, its trend chart and the same figures as
 * tables, and the forms for outcome managers, every decision made in Java. Immutable.
 */
public final class OutcomeDetailView {
    private final String id;
    private final String version;
    private final String title;
    private final String description;
    private final String metricLabelKey;
    private final String kindCode;
    private final String unit;
    private final String directionLabelKey;
    private final String directionCode;
    private final String ownerName;
    private final String ownerId;
    private final String statusLabelKey;
    private final String baseline;
    private final String baselineValue;
    private final String baselineDay;
    private final String baselineDate;
    private final String target;
    private final String targetValue;
    private final String targetDay;
    private final String targetDate;
    private final String latest;
    private final int progressPercent;
    private final String chartHtml;
    private final List<MeasurementRowView> history;
    private final List<MeasurementRowView> chartPoints;
    private final List<LinkedIterationView> iterations;
    private final List<OptionView> statusOptions;
    private final boolean canManage;
    private final int references;

    @SuppressWarnings("checkstyle:ParameterNumber")
    OutcomeDetailView(
            String id,
            String version,
            String title,
            String description,
            String metricLabelKey,
            String kindCode,
            String unit,
            String directionLabelKey,
            String directionCode,
            String ownerName,
            String ownerId,
            String statusLabelKey,
            String[] baseline,
            String[] target,
            String latest,
            int progressPercent,
            String chartHtml,
            List<MeasurementRowView> history,
            List<MeasurementRowView> chartPoints,
            List<LinkedIterationView> iterations,
            List<OptionView> statusOptions,
            boolean canManage,
            int references) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.description = description;
        this.metricLabelKey = metricLabelKey;
        this.kindCode = kindCode;
        this.unit = unit;
        this.directionLabelKey = directionLabelKey;
        this.directionCode = directionCode;
        this.ownerName = ownerName;
        this.ownerId = ownerId;
        this.statusLabelKey = statusLabelKey;
        this.baseline = baseline[0];
        this.baselineValue = baseline[1];
        this.baselineDay = baseline[2];
        this.baselineDate = baseline[3];
        this.target = target[0];
        this.targetValue = target[1];
        this.targetDay = target[2];
        this.targetDate = target[3];
        this.latest = latest;
        this.progressPercent = progressPercent;
        this.chartHtml = chartHtml;
        this.history = List.copyOf(history);
        this.chartPoints = List.copyOf(chartPoints);
        this.iterations = List.copyOf(iterations);
        this.statusOptions = List.copyOf(statusOptions);
        this.canManage = canManage;
        this.references = references;
    }

    public String getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public boolean isHasDescription() {
        return !description.isEmpty();
    }

    public String getDescription() {
        return description;
    }

    public String getMetricLabelKey() {
        return metricLabelKey;
    }

    public String getKindCode() {
        return kindCode;
    }

    public String getUnit() {
        return unit;
    }

    public String getDirectionLabelKey() {
        return directionLabelKey;
    }

    public String getDirectionCode() {
        return directionCode;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getStatusLabelKey() {
        return statusLabelKey;
    }

    /** The baseline with its unit, for reading. */
    public String getBaseline() {
        return baseline;
    }

    /** The baseline exactly as the reader writes numbers, for the edit form. */
    public String getBaselineValue() {
        return baselineValue;
    }

    /** The baseline's day in the reader's language. */
    public String getBaselineDay() {
        return baselineDay;
    }

    /** The baseline's day as ISO yyyy-MM-dd, for the edit form. */
    public String getBaselineDate() {
        return baselineDate;
    }

    public String getTarget() {
        return target;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public String getTargetDay() {
        return targetDay;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public boolean isHasLatest() {
        return !latest.isEmpty();
    }

    public String getLatest() {
        return latest;
    }

    /** From baseline (0) to target (100), in the metric's better direction, clamped. */
    public int getProgressPercent() {
        return progressPercent;
    }

    /** Whether there is a trend to draw: at least one measurement. */
    public boolean isHasChart() {
        return !chartHtml.isEmpty();
    }

    /** The trend chart as SVG markup built and escaped in Java; the template writes it as is. */
    public String getChartHtml() {
        return chartHtml;
    }

    /** The measurements, newest first. */
    public List<MeasurementRowView> getHistory() {
        return history;
    }

    /** The measurements, oldest first, as the chart's data table. */
    public List<MeasurementRowView> getChartPoints() {
        return chartPoints;
    }

    public boolean isHasIterations() {
        return !iterations.isEmpty();
    }

    public List<LinkedIterationView> getIterations() {
        return iterations;
    }

    public List<OptionView> getStatusOptions() {
        return statusOptions;
    }

    public boolean isCanManage() {
        return canManage;
    }

    /** Whether a manager may delete the outcome: no experiment or result refers to it. */
    public boolean isCanDelete() {
        return canManage && references == 0;
    }

    /** Whether a manager may archive the outcome: it is referred to and not retired yet. */
    public boolean isCanArchive() {
        return canManage
                && references > 0
                && !"experimentlog.outcome.status.retired".equals(statusLabelKey);
    }
}
