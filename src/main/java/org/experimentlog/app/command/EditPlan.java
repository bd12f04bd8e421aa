package org.experimentlog.app.command;

import java.util.List;
import java.util.Set;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.register.Deviation;

/**
 * Replaces the method, departments, linked outcomes and planned sample size (null for none) of an
 * experiment. Checked at construction: required parts present. Once the experiment's plan is
 * registered, a change of the method, outcomes or sample size needs a {@code deviationReason},
 * which is kept with the deviation.
 */
public record EditPlan(
        String issueKey,
        long version,
        Method method,
        String methodDetails,
        Set<DepartmentId> departments,
        List<OutcomeLink> outcomes,
        Long plannedSampleSize,
        String deviationReason) {
    public EditPlan {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("departments", FieldLabel.DEPARTMENTS, departments);
        Fields.present("outcomes", FieldLabel.OUTCOMES, outcomes);
        Fields.version(version);
        deviationReason =
                Fields.optional(
                        "deviationReason",
                        FieldLabel.DEVIATION_REASON,
                        deviationReason,
                        Deviation.REASON_MAX);
    }

    /**
     * An edit before the plan is registered, or one that gives no reason, without a planned sample
     * size.
     */
    public EditPlan(
            String issueKey,
            long version,
            Method method,
            String methodDetails,
            Set<DepartmentId> departments,
            List<OutcomeLink> outcomes) {
        this(issueKey, version, method, methodDetails, departments, outcomes, null, null);
    }

    /** An edit without a planned sample size. */
    public EditPlan(
            String issueKey,
            long version,
            Method method,
            String methodDetails,
            Set<DepartmentId> departments,
            List<OutcomeLink> outcomes,
            String deviationReason) {
        this(
                issueKey,
                version,
                method,
                methodDetails,
                departments,
                outcomes,
                null,
                deviationReason);
    }
}
