package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Replaces the method, departments and linked outcomes of an experiment. Checked at construction: required parts present. */
public record EditPlan(String issueKey, long version, org.experimentlog.domain.experiment.Method method, String methodDetails, java.util.Set<org.experimentlog.domain.department.DepartmentId> departments, java.util.List<org.experimentlog.domain.experiment.OutcomeLink> outcomes) {
    public EditPlan {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("departments", FieldLabel.DEPARTMENTS, departments);
        Fields.present("outcomes", FieldLabel.OUTCOMES, outcomes);
        Fields.version(version);
    }
}
