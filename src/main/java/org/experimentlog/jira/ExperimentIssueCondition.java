package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

/** Shows the experiment panel only on issues of the issue type Experiment. */
public class ExperimentIssueCondition implements Condition {
    /** The name of the issue type the app creates and looks for. */
    public static final String EXPERIMENT_ISSUE_TYPE = "Experiment";

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && isExperiment(issue);
    }

    /** Whether the issue's type is Experiment, by the exact name the app creates the type with. */
    static boolean isExperiment(Issue issue) {
        return issue.getIssueType() != null && isExperimentType(issue.getIssueType());
    }

    /** Whether the issue type is Experiment, by the exact name the app creates it with. */
    static boolean isExperimentType(IssueType type) {
        return EXPERIMENT_ISSUE_TYPE.equals(type.getName());
    }
}
