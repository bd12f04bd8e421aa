package org.experimentlog.persistence;

import java.util.HashMap;
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

/** Maps outcome and measurement rows to domain objects and back; entities never leave the persistence package. */
final class OutcomeMapper {
    private OutcomeMapper() {
    }

    static Outcome toDomain(AoOutcome row) {
        Metric metric = new Metric(Coded.fromCode(MetricKind.class, row.getMetricKind(), "metric.kind"), row.getUnit(),
                Coded.fromCode(Direction.class, row.getDirection(), "metric.direction"));
        return Outcome.stored(new OutcomeId(row.getID()), row.getTitle(), row.getDescription(), metric,
                new Reference(row.getBaselineValue(), Days.parse(row.getBaselineDate())),
                new Reference(row.getTargetValue(), Days.parse(row.getTargetDate())),
                new DepartmentId(row.getOwnerDepartmentId()),
                Coded.fromCode(OutcomeStatus.class, row.getStatus(), "status"), new UserRef(row.getCreatedBy()),
                Days.toInstant(row.getCreatedAt()), row.getRowVersion());
    }

    /** Every column of an outcome but the version. */
    static Map<String, Object> columns(Outcome o) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoOutcome.TITLE, o.title());
        c.put(AoOutcome.DESCRIPTION, o.description().orElse(null));
        c.put(AoOutcome.METRIC_KIND, o.metric().kind().code());
        c.put(AoOutcome.UNIT, o.metric().unit());
        c.put(AoOutcome.DIRECTION, o.metric().direction().code());
        c.put(AoOutcome.BASELINE_VALUE, o.baseline().value());
        c.put(AoOutcome.BASELINE_DATE, Days.format(o.baseline().date()));
        c.put(AoOutcome.TARGET_VALUE, o.target().value());
        c.put(AoOutcome.TARGET_DATE, Days.format(o.target().date()));
        c.put(AoOutcome.OWNER_DEPARTMENT_ID, (int) o.owner().value());
        c.put(AoOutcome.STATUS, o.status().code());
        c.put(AoOutcome.CREATED_BY, o.createdBy().key());
        c.put(AoOutcome.CREATED_AT, Days.toDate(o.createdAt()));
        return c;
    }

    /** Copies what a redefinition can change; who defined the outcome and when stay as stored. */
    static void copy(Outcome o, AoOutcome row) {
        row.setTitle(o.title());
        row.setDescription(o.description().orElse(null));
        row.setMetricKind(o.metric().kind().code());
        row.setUnit(o.metric().unit());
        row.setDirection(o.metric().direction().code());
        row.setBaselineValue(o.baseline().value());
        row.setBaselineDate(Days.format(o.baseline().date()));
        row.setTargetValue(o.target().value());
        row.setTargetDate(Days.format(o.target().date()));
        row.setOwnerDepartmentId((int) o.owner().value());
        row.setStatus(o.status().code());
    }

    static Measurement toDomain(AoMeasurement row) {
        return new Measurement(new MeasurementId(row.getID()), new OutcomeId(row.getOutcomeId()),
                row.getMeasuredValue(), Days.parse(row.getMeasuredOn()), row.getNote(),
                new UserRef(row.getRecordedBy()), Days.toInstant(row.getRecordedAt()));
    }

    static Map<String, Object> columns(Measurement m) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoMeasurement.OUTCOME_ID, (int) m.outcomeId().value());
        c.put(AoMeasurement.MEASURED_VALUE, m.value());
        c.put(AoMeasurement.MEASURED_ON, Days.format(m.measuredOn()));
        c.put(AoMeasurement.NOTE, m.note());
        c.put(AoMeasurement.RECORDED_BY, m.recordedBy().key());
        c.put(AoMeasurement.RECORDED_AT, Days.toDate(m.recordedAt()));
        return c;
    }
}
