package com.atlassian.jira.plugin.workflow;

/**
 * Declaration only, complete: the marker a {@code workflow-condition} module's factory class
 * implements.
 *
 * <p>Jira 6 source
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/WorkflowPluginConditionFactory.java;
 * Jira's own {@code ReferenceWorkflowModuleFactory extends AbstractWorkflowPluginFactory implements
 * WorkflowPluginConditionFactory, WorkflowPluginValidatorFactory} (one factory for both module
 * types, as ours); https://github.com/atlascommunity/jira-plugins-groovy {@code
 * RegistryScriptValidatorFactory implements WorkflowPluginValidatorFactory}. Jira 10/11:
 * UNVERIFIED.
 */
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {}
