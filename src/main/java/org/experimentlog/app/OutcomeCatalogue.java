package org.experimentlog.app;

import java.util.List;
import java.util.Map;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * The outcomes page: the outcomes that match the filter, each one's latest measurement and the
 * experiments (that the caller may see) that aim to move it, every department for the filter, and
 * whether the caller manages outcomes.
 *
 * @param outcomes the outcomes, by title
 * @param latest the latest measurement of each that has one
 * @param experiments the visible experiment issues linked to each
 * @param departments every department, by name
 * @param canManage whether the caller may define outcomes and record measurements
 */
public record OutcomeCatalogue(
        List<Outcome> outcomes,
        Map<OutcomeId, Measurement> latest,
        Map<OutcomeId, List<IssueRef>> experiments,
        List<Department> departments,
        boolean canManage) {
    public OutcomeCatalogue {
        outcomes = List.copyOf(outcomes);
        latest = Map.copyOf(latest);
        experiments = Map.copyOf(experiments);
        departments = List.copyOf(departments);
    }
}
