package com.atlassian.jira.workflow.condition;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.Condition;
import java.util.Map;

/**
 * Declaration with a behavioural body (never packaged): the base of Jira's workflow conditions,
 * which finds the issue a condition examines.
 *
 * <p>Jira 6 source
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/condition/AbstractJiraCondition.java:
 * {@code protected Issue getIssue(Map transientVars) throws DataAccessException}, reading the
 * original issue from {@code transientVars} under {@code "originalissueobject"}
 * (WorkflowFunctionUtils.ORIGINAL_ISSUE_KEY) and otherwise looking it up by the workflow entry.
 * Used on recent lines by https://github.com/atlascommunity/jira-plugins-groovy
 * (ScriptedCondition). The real class extends {@code WorkflowFunctionUtils}; that superclass and
 * the lookup by workflow entry are not declared (the sandbox always passes the original issue).
 * Jira 10/11: UNVERIFIED.
 */
public abstract class AbstractJiraCondition implements Condition {
    /** The key under which Jira passes the issue as it was before the transition. */
    protected static final String ORIGINAL_ISSUE_KEY = "originalissueobject";

    @SuppressWarnings("rawtypes")
    protected Issue getIssue(Map transientVars) throws DataAccessException {
        Object issue = transientVars.get(ORIGINAL_ISSUE_KEY);
        if (issue instanceof Issue found) {
            return found;
        }
        throw new DataAccessException("No issue in the workflow's transient variables", null);
    }
}
