package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.condition.AbstractJiraCondition;
import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;
import org.experimentlog.app.ClosingGate;

/**
 * The workflow condition that matches {@link ExperimentClosedValidator}: Jira offers the transition
 * only while the experiment is concluded or abandoned, so users do not meet a button that can only
 * fail. Issues of other types pass.
 */
public class ExperimentClosedCondition extends AbstractJiraCondition {
    private final ClosingGate gate;

    public ExperimentClosedCondition(ClosingGate gate) {
        this.gate = gate;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        Issue issue = getIssue(transientVars);
        if (issue.getId() == null || !ExperimentIssueCondition.isExperiment(issue)) {
            return true;
        }
        return gate.refusal(issue.getId(), ExperimentClosedFactory.acceptsAbandoned(args))
                .isEmpty();
    }
}
