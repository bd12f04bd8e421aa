package com.opensymphony.workflow.loader;

/**
 * Declaration only, empty: the base of OSWorkflow's descriptors; workflow plugin factories receive
 * the descriptor of the validator or condition being viewed or edited as this type.
 *
 * <p>From {@code AbstractWorkflowPluginFactory.getVelocityParamsForEdit(Map, AbstractDescriptor)}
 * in Jira's API (Jira 6 source,
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.java)
 * and Jira 7 javadoc
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowValidatorModuleDescriptor.html.
 * The real class has members (id, parent); none is used.
 */
public abstract class AbstractDescriptor {}
