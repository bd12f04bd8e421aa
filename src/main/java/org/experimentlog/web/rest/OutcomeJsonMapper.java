package org.experimentlog.web.rest;

import java.util.List;
import org.experimentlog.app.command.DefineOutcome;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.app.command.RedefineOutcome;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.outcome.Reference;

/** Maps outcomes and measurements to their JSON form and request JSON to commands. */
final class OutcomeJsonMapper {
    private OutcomeJsonMapper() {}

    /** An outcome without its latest measurement, as lists show it. */
    static OutcomeJson toJson(Outcome outcome) {
        return toJson(outcome, List.of());
    }

    /**
     * An outcome with the progress of the last of its measurements (oldest first), if it has any.
     */
    static OutcomeJson toJson(Outcome outcome, List<Measurement> measurements) {
        Metric metric = outcome.metric();
        OutcomeJson.LatestJson latest = null;
        if (!measurements.isEmpty()) {
            Measurement last = measurements.get(measurements.size() - 1);
            latest =
                    new OutcomeJson.LatestJson(
                            last.value(),
                            last.measuredOn().toString(),
                            outcome.progressOf(last.value()));
        }
        return new OutcomeJson(
                outcome.requireId().value(),
                outcome.title(),
                outcome.description().orElse(null),
                new OutcomeJson.MetricJson(
                        metric.kind().code(), metric.unit(), metric.direction().code()),
                toJson(outcome.baseline()),
                toJson(outcome.target()),
                outcome.owner().value(),
                outcome.status().code(),
                outcome.createdBy().key(),
                ExperimentJsonMapper.instant(outcome.createdAt()),
                outcome.version(),
                latest);
    }

    private static OutcomeJson.ReferenceJson toJson(Reference reference) {
        return new OutcomeJson.ReferenceJson(reference.value(), reference.date().toString());
    }

    static MeasurementJson toJson(Measurement measurement) {
        return new MeasurementJson(
                measurement.id().value(),
                measurement.value(),
                measurement.measuredOn().toString(),
                measurement.note(),
                measurement.recordedBy().key(),
                ExperimentJsonMapper.instant(measurement.recordedAt()));
    }

    static DefineOutcome define(OutcomeJson json) {
        return new DefineOutcome(
                json.title(),
                json.description(),
                metric(json.metric()),
                reference(json.baseline(), "baseline"),
                reference(json.target(), "target"),
                owner(json.ownerDepartment()));
    }

    static RedefineOutcome redefine(OutcomeId id, OutcomeJson json) {
        long version = JsonInput.version(json.version());
        return new RedefineOutcome(
                id,
                version,
                json.title(),
                json.description(),
                metric(json.metric()),
                reference(json.baseline(), "baseline"),
                reference(json.target(), "target"),
                owner(json.ownerDepartment()),
                JsonInput.code(OutcomeStatus.class, json.status(), "status"));
    }

    static RecordMeasurement record(OutcomeId id, MeasurementJson json) {
        return new RecordMeasurement(
                id,
                JsonInput.required(json.value(), "value"),
                JsonInput.day(json.measuredOn(), "measuredOn"),
                json.note());
    }

    /** The metric asked for; a unit or direction left out is the kind's default. */
    private static Metric metric(OutcomeJson.MetricJson json) {
        JsonInput.required(json, "metric");
        MetricKind kind = JsonInput.requiredCode(MetricKind.class, json.kind(), "metric.kind");
        Direction direction = JsonInput.code(Direction.class, json.direction(), "metric.direction");
        Metric preset = Metric.preset(kind);
        return new Metric(
                kind,
                json.unit() == null || json.unit().isBlank() ? preset.unit() : json.unit(),
                direction == null ? preset.direction() : direction);
    }

    private static Reference reference(OutcomeJson.ReferenceJson json, String field) {
        JsonInput.required(json, field);
        // Jackson reads the text "NaN" as a number; Reference refuses it without naming a field
        double value =
                Fields.finite(
                        field + ".value",
                        FieldLabel.VALUE,
                        JsonInput.required(json.value(), field + ".value"));
        return new Reference(
                value,
                JsonInput.required(JsonInput.day(json.date(), field + ".date"), field + ".date"));
    }

    private static DepartmentId owner(Long id) {
        if (id == null) {
            return null;
        }
        if (id <= 0) {
            throw new InvalidInputException(
                    "ownerDepartment", ErrorKey.DEPARTMENT_NOT_FOUND, Long.toString(id));
        }
        return new DepartmentId(id);
    }
}
