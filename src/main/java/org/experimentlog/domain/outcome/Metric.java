package org.experimentlog.domain.outcome;

import static java.util.Objects.requireNonNull;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/**
 * How an outcome is measured.
 *
 * @param kind the kind of metric
 * @param unit what a value counts, e.g. {@code %} or {@code minutes}
 * @param direction which way is better
 */
public record Metric(MetricKind kind, String unit, Direction direction) {
    public static final int UNIT_MAX = 40;

    public Metric {
        requireNonNull(kind, "kind");
        unit = Fields.required("metric.unit", FieldLabel.UNIT, unit, UNIT_MAX);
        requireNonNull(direction, "direction");
    }

    /** A metric of a preset kind with its default unit and direction. */
    public static Metric preset(MetricKind kind) {
        return new Metric(
                kind,
                kind.defaultUnit().isEmpty() ? "count" : kind.defaultUnit(),
                kind.defaultDirection());
    }
}
