package org.experimentlog.web.rest;

import java.time.LocalDate;
import java.util.List;
import org.experimentlog.app.command.DefineOutcome;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.app.command.RedefineOutcome;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Problems;
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
        Problems problems = new Problems();
        Parts parts = parts(json, problems);
        problems.done();
        return new DefineOutcome(
                json.title(),
                json.description(),
                parts.metric(),
                parts.baseline(),
                parts.target(),
                parts.owner());
    }

    static RedefineOutcome redefine(OutcomeId id, OutcomeJson json) {
        Problems problems = new Problems();
        Long version = problems.check(() -> JsonInput.version(json.version()));
        Parts parts = parts(json, problems);
        OutcomeStatus status =
                problems.check(() -> JsonInput.code(OutcomeStatus.class, json.status(), "status"));
        problems.done();
        return new RedefineOutcome(
                id,
                version,
                json.title(),
                json.description(),
                parts.metric(),
                parts.baseline(),
                parts.target(),
                parts.owner(),
                status);
    }

    /** The parts of an outcome request, read with every problem noted (the title checked too). */
    private record Parts(Metric metric, Reference baseline, Reference target, DepartmentId owner) {}

    private static Parts parts(OutcomeJson json, Problems problems) {
        problems.run(
                () ->
                        Fields.requiredName(
                                "title",
                                FieldLabel.OUTCOME_TITLE,
                                json.title(),
                                Outcome.TITLE_MAX));
        return new Parts(
                problems.check(() -> metric(json.metric())),
                problems.check(() -> reference(json.baseline(), "baseline")),
                problems.check(() -> reference(json.target(), "target")),
                problems.check(() -> owner(json.ownerDepartment())));
    }

    static RecordMeasurement record(OutcomeId id, MeasurementJson json) {
        Problems problems = new Problems();
        Double value = problems.check(() -> JsonInput.required(json.value(), "value"));
        LocalDate day = problems.check(() -> JsonInput.day(json.measuredOn(), "measuredOn"));
        problems.run(
                () -> Fields.optional("note", FieldLabel.NOTE, json.note(), Measurement.NOTE_MAX));
        problems.done();
        return new RecordMeasurement(id, value, day, json.note());
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
        FieldLabel label = field.equals("target") ? FieldLabel.TARGET : FieldLabel.BASELINE;
        Problems problems = new Problems();
        // Jackson reads the text "NaN" as a number; Reference refuses it without naming a field
        Double value =
                problems.check(
                        () ->
                                Fields.finite(
                                        field + ".value",
                                        label,
                                        JsonInput.required(json.value(), field + ".value")));
        LocalDate date =
                problems.check(
                        () ->
                                JsonInput.required(
                                        JsonInput.day(json.date(), field + ".date"),
                                        field + ".date"));
        problems.done();
        return new Reference(value, date);
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
