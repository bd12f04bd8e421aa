package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Records a value of an outcome metric. Checked at construction: required parts present. */
public record RecordMeasurement(org.experimentlog.domain.outcome.OutcomeId outcome, double value, java.time.LocalDate measuredOn, String note) {
    public RecordMeasurement {
        Fields.present("outcome", FieldLabel.OUTCOME, outcome);
    }
}
