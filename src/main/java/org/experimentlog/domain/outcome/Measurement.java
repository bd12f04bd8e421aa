package org.experimentlog.domain.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.UserRef;

/**
 * One value of an outcome's metric on a day.
 *
 * @param id the stored id, or null before it is stored
 * @param outcomeId the outcome
 * @param value the value, in the metric's unit
 * @param measuredOn the day it describes, not in the future
 * @param note where the figure came from; optional
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
public record Measurement(
        MeasurementId id,
        OutcomeId outcomeId,
        double value,
        LocalDate measuredOn,
        String note,
        UserRef recordedBy,
        Instant recordedAt) {
    public static final int NOTE_MAX = 1_000;

    public Measurement {
        requireNonNull(outcomeId, "outcomeId");
        Fields.finite("value", FieldLabel.VALUE, value);
        Fields.present("measuredOn", FieldLabel.MEASURED_ON, measuredOn);
        note = Fields.optional("note", FieldLabel.NOTE, note, NOTE_MAX);
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(recordedAt, "recordedAt");
    }

    /** A new measurement; its day cannot be in the future. */
    public static Measurement record(
            Outcome outcome,
            double value,
            LocalDate measuredOn,
            String note,
            UserRef by,
            Instant at,
            LocalDate today) {
        if (measuredOn != null && measuredOn.isAfter(today)) {
            throw new InvalidInputException("measuredOn", ErrorKey.MEASUREMENT_IN_FUTURE);
        }
        if (Fields.isPercentage(outcome.metric().unit())) {
            Fields.percentage("value", FieldLabel.VALUE, value);
        }
        Fields.plausibleDate("measuredOn", FieldLabel.MEASURED_ON, measuredOn);
        return new Measurement(null, outcome.requireId(), value, measuredOn, note, by, at);
    }

    public Measurement storedAs(MeasurementId newId) {
        return new Measurement(
                requireNonNull(newId, "id"),
                outcomeId,
                value,
                measuredOn,
                note,
                recordedBy,
                recordedAt);
    }

    public Optional<MeasurementId> storedId() {
        return Optional.ofNullable(id);
    }
}
