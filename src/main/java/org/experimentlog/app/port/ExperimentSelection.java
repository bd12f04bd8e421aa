package org.experimentlog.app.port;

import java.util.List;
import java.util.Set;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * Selects experiments by one criterion for a search of issues, such as Jira's JQL functions. Each
 * method is one SQL statement, whatever the number of experiments it matches.
 */
public interface ExperimentSelection {
    /**
     * The issues of the experiments the filter selects, each once, by issue id; no permission
     * check.
     */
    List<IssueRef> issuesMatching(ExperimentFilter filter);

    /**
     * The outcomes whose id is this whole number or whose title is this text, ignoring case; empty
     * when none.
     */
    Set<OutcomeId> outcomesNamed(String idOrTitle);
}
