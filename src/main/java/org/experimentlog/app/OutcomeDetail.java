package org.experimentlog.app;

import java.util.List;
import org.experimentlog.app.port.LinkedIteration;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;

/**
 * The outcome page: one outcome, its measurements, the iterations of the experiments (that the
 * caller may see) that aim to move it, every department for the owner and the edit form, and
 * whether the caller manages outcomes.
 *
 * @param outcome the outcome
 * @param measurements its measurements, oldest day first
 * @param iterations the iterations of the visible experiments linked to it, by issue key and number
 * @param departments every department, by name
 * @param canManage whether the caller may change the outcome and record measurements
 * @param references how many experiments and results refer to the outcome (counted for managers
 *     only, 0 for others): a referenced outcome can be archived, not deleted
 */
public record OutcomeDetail(
        Outcome outcome,
        List<Measurement> measurements,
        List<LinkedIteration> iterations,
        List<Department> departments,
        boolean canManage,
        int references) {
    public OutcomeDetail {
        measurements = List.copyOf(measurements);
        iterations = List.copyOf(iterations);
        departments = List.copyOf(departments);
    }
}
