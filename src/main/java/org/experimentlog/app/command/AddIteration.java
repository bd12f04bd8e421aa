package org.experimentlog.app.command;

import java.time.LocalDate;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Adds the next iteration to an experiment. Checked at construction: required parts present. */
public record AddIteration(String issueKey, String change, LocalDate startDate, LocalDate endDate) {
    public AddIteration {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
    }
}
