package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.outcome.Reference;

/** Changes an outcome. Checked at construction: required parts present. */
public record RedefineOutcome(
        OutcomeId outcome,
        long version,
        String title,
        String description,
        Metric metric,
        Reference baseline,
        Reference target,
        DepartmentId owner,
        OutcomeStatus status) {
    public RedefineOutcome {
        Fields.present("outcome", FieldLabel.OUTCOME, outcome);
        Fields.version(version);
    }
}
