package org.experimentlog.persistence;

import java.util.Map;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.outcome.Reference;

/**
 * Maps outcome and measurement rows to domain objects and back; entities never leave the
 * persistence package.
 */
final class OutcomeMapper {
    private OutcomeMapper() {}

    static Outcome toDomain(AoOutcome row) {
        Metric metric =
                new Metric(
                        Coded.fromCode(MetricKind.class, row.getMetricKind(), "metric.kind"),
                        row.getUnit(),
                        Coded.fromCode(Direction.class, row.getDirection(), "metric.direction"));
        return Outcome.stored(
                new OutcomeId(row.getID()),
                row.getTitle(),
                row.getDescription(),
                metric,
                new Reference(row.getBaselineValue(), Days.parse(row.getBaselineDate())),
                new Reference(row.getTargetValue(), Days.parse(row.getTargetDate())),
                new DepartmentId(row.getOwnerDepartmentId()),
                Coded.fromCode(OutcomeStatus.class, row.getStatus(), "status"),
                new UserRef(row.getCreatedBy()),
                Days.toInstant(row.getCreatedAt()),
                row.getRowVersion());
    }

    /**
     * Every column of an outcome but the version; who defined the outcome and when stay as stored.
     */
    private static final Columns<Outcome, AoOutcome> OUTCOME =
            new Columns<Outcome, AoOutcome>()
                    .changeable(AoOutcome.TITLE, Outcome::title, AoOutcome::setTitle)
                    .changeable(
                            AoOutcome.DESCRIPTION,
                            o -> o.description().orElse(null),
                            AoOutcome::setDescription)
                    .changeable(
                            AoOutcome.METRIC_KIND,
                            o -> o.metric().kind().code(),
                            AoOutcome::setMetricKind)
                    .changeable(AoOutcome.UNIT, o -> o.metric().unit(), AoOutcome::setUnit)
                    .changeable(
                            AoOutcome.DIRECTION,
                            o -> o.metric().direction().code(),
                            AoOutcome::setDirection)
                    .changeable(
                            AoOutcome.BASELINE_VALUE,
                            o -> o.baseline().value(),
                            AoOutcome::setBaselineValue)
                    .changeable(
                            AoOutcome.BASELINE_DATE,
                            o -> Days.format(o.baseline().date()),
                            AoOutcome::setBaselineDate)
                    .changeable(
                            AoOutcome.TARGET_VALUE,
                            o -> o.target().value(),
                            AoOutcome::setTargetValue)
                    .changeable(
                            AoOutcome.TARGET_DATE,
                            o -> Days.format(o.target().date()),
                            AoOutcome::setTargetDate)
                    .changeable(
                            AoOutcome.OWNER_DEPARTMENT_ID,
                            o -> (int) o.owner().value(),
                            AoOutcome::setOwnerDepartmentId)
                    .changeable(AoOutcome.STATUS, o -> o.status().code(), AoOutcome::setStatus)
                    .fixed(AoOutcome.CREATED_BY, o -> o.createdBy().key())
                    .fixed(AoOutcome.CREATED_AT, o -> Days.toDate(o.createdAt()));

    /** A measurement's columns: measurements are recorded, never changed. */
    private static final Columns<Measurement, AoMeasurement> MEASUREMENT =
            new Columns<Measurement, AoMeasurement>()
                    .fixed(AoMeasurement.OUTCOME_ID, m -> (int) m.outcomeId().value())
                    .fixed(AoMeasurement.MEASURED_VALUE, Measurement::value)
                    .fixed(AoMeasurement.MEASURED_ON, m -> Days.format(m.measuredOn()))
                    .fixed(AoMeasurement.NOTE, Measurement::note)
                    .fixed(AoMeasurement.RECORDED_BY, m -> m.recordedBy().key())
                    .fixed(AoMeasurement.RECORDED_AT, m -> Days.toDate(m.recordedAt()));

    static Map<String, Object> columns(Outcome o) {
        return OUTCOME.values(o);
    }

    /** Copies what a redefinition can change. */
    static void copy(Outcome o, AoOutcome row) {
        OUTCOME.update(o, row);
    }

    static Measurement toDomain(AoMeasurement row) {
        return new Measurement(
                new MeasurementId(row.getID()),
                new OutcomeId(row.getOutcomeId()),
                row.getMeasuredValue(),
                Days.parse(row.getMeasuredOn()),
                row.getNote(),
                new UserRef(row.getRecordedBy()),
                Days.toInstant(row.getRecordedAt()));
    }

    static Map<String, Object> columns(Measurement m) {
        return MEASUREMENT.values(m);
    }
}
