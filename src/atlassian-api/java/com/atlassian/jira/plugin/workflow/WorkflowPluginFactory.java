package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Declaration only, complete: the {@code class} of a {@code workflow-validator}, {@code
 * workflow-condition} or {@code workflow-function} module. Jira's workflow editor asks it for the
 * parameters of the module's Velocity templates ({@code view}, {@code input-parameters}, {@code
 * edit-parameters}) and turns the submitted form into the stored arguments with {@code
 * getDescriptorParams}.
 *
 * <p>Jira 6 source
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.java
 * and Jira 4 javadoc
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html
 * (same two methods, same generics). Jira's "Workflow modules" page
 * (https://developer.atlassian.com/display/JIRADEV/Workflow+Plugin+Modules, Data Center docs,
 * updated 2026) still names {@code WorkflowPluginConditionFactory} as the class a condition module
 * must implement. Jira 10/11 javadoc: UNVERIFIED.
 */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
