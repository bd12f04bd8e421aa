package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

/**
 * Declaration only, complete: a workflow condition. Jira offers a transition only while every
 * condition on it passes, and checks them again when the transition is performed.
 *
 * <p>Signature (raw maps) from Jira's own {@code IssueAssignedCondition} and {@code
 * AbstractJiraCondition} (Jira 6 source,
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/condition/AbstractJiraCondition.java)
 * and https://github.com/atlascommunity/jira-plugins-groovy ({@code ScriptedCondition extends
 * AbstractJiraCondition}, {@code passesCondition(Map transientVars, Map args, PropertySet ps)
 * throws WorkflowException}).
 */
@SuppressWarnings("rawtypes")
public interface Condition {
    boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
