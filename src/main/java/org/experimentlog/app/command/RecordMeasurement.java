package org.experimentlog.app.command;

import java.time.LocalDate;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.outcome.OutcomeId;

/** Records a value of an outcome metric. Checked at construction: required parts present. */
public record RecordMeasurement(
        OutcomeId outcome, double value, LocalDate measuredOn, String note) {
    public RecordMeasurement {
        Fields.present("outcome", FieldLabel.OUTCOME, outcome);
    }
}
