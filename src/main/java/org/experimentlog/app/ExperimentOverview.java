package org.experimentlog.app;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeWithLatest;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.settings.HypothesisPrompts;

/**
 * Everything the issue panel shows about an issue's experiment, read in a fixed number of queries:
 * the experiment with its iterations, results and learnings (absent before one was opened), the
 * outcomes it links with their latest measurements, the departments, and whether the caller may
 * change it.
 *
 * @param issue the issue
 * @param canEdit whether the caller may change the experiment
 * @param confidence the confidence level for the statistics of results
 * @param record the experiment, if one was opened
 * @param outcomes the linked outcomes that exist, each with its latest measurement's value
 * @param departments every department, by name
 * @param available every outcome, by title, to choose from when the caller may edit; empty
 *     otherwise
 * @param prompts the administrator's example texts for the hypothesis dialog
 */
public record ExperimentOverview(
        IssueSummary issue,
        boolean canEdit,
        double confidence,
        Optional<ExperimentRecord> record,
        Map<OutcomeId, OutcomeWithLatest> outcomes,
        List<Department> departments,
        List<Outcome> available,
        HypothesisPrompts prompts) {
    public ExperimentOverview {
        requireNonNull(issue, "issue");
        requireNonNull(prompts, "prompts");
        requireNonNull(record, "record");
        outcomes = Map.copyOf(outcomes);
        departments = List.copyOf(departments);
        available = List.copyOf(available);
    }
}
