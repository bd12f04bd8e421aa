package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/**
 * Replaces the method, departments and linked outcomes of an experiment. Checked at construction: required parts
 * present. Once the experiment's plan is registered, a change of the method or outcomes needs a
 * {@code deviationReason}, which is kept with the deviation.
 */
public record EditPlan(String issueKey, long version, org.experimentlog.domain.experiment.Method method, String methodDetails, java.util.Set<org.experimentlog.domain.department.DepartmentId> departments, java.util.List<org.experimentlog.domain.experiment.OutcomeLink> outcomes,
        String deviationReason) {
    public EditPlan {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("departments", FieldLabel.DEPARTMENTS, departments);
        Fields.present("outcomes", FieldLabel.OUTCOMES, outcomes);
        Fields.version(version);
        deviationReason = Fields.optional("deviationReason", FieldLabel.DEVIATION_REASON, deviationReason,
                org.experimentlog.domain.register.Deviation.REASON_MAX);
    }

    /** An edit before the plan is registered, or one that gives no reason. */
    public EditPlan(String issueKey, long version, org.experimentlog.domain.experiment.Method method, String methodDetails, java.util.Set<org.experimentlog.domain.department.DepartmentId> departments, java.util.List<org.experimentlog.domain.experiment.OutcomeLink> outcomes) {
        this(issueKey, version, method, methodDetails, departments, outcomes, null);
    }
}
