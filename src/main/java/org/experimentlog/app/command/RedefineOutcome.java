package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Changes an outcome. Checked at construction: required parts present. */
public record RedefineOutcome(org.experimentlog.domain.outcome.OutcomeId outcome, long version, String title, String description, org.experimentlog.domain.outcome.Metric metric, org.experimentlog.domain.outcome.Reference baseline, org.experimentlog.domain.outcome.Reference target, org.experimentlog.domain.department.DepartmentId owner, org.experimentlog.domain.outcome.OutcomeStatus status) {
    public RedefineOutcome {
        Fields.present("outcome", FieldLabel.OUTCOME, outcome);
        Fields.version(version);
    }
}
