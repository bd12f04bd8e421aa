package com.opensymphony.workflow;

/**
 * Declaration only: OSWorkflow's checked exception; validators and conditions declare it.
 *
 * <p>Package and name from {@code throws WorkflowException} on {@code passesCondition} in Jira's
 * own {@code ReferenceCondition}
 * (https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-plugins/jira-reference-plugin)
 * and in https://github.com/atlascommunity/jira-plugins-groovy (ScriptedCondition). The superclass
 * {@code Exception} and the constructor taking a message are UNVERIFIED in Jira 10/11 javadoc; the
 * plugin throws only the subclass {@link InvalidInputException}.
 */
public class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
