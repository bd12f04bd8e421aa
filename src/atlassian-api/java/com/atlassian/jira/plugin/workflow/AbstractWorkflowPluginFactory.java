package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.HashMap;
import java.util.Map;

/**
 * Declaration with a behavioural body (never packaged; Jira's own class is used in production): the
 * base class that hands each Velocity resource of a workflow module its parameters.
 *
 * <p>Signatures from Jira 6 source
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.java:
 * the three protected abstract methods with {@code Map<String, Object>}, dispatching on the
 * resource names {@code view}, {@code input-parameters} and {@code edit-parameters}
 * (JiraWorkflowPluginConstants, also in Jira 7 javadoc
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/JiraWorkflowPluginConstants.html).
 * The body here is written from that contract, not copied. The real class also has {@code
 * extractSingleParam} helpers; not declared, not used. Jira 10/11: UNVERIFIED.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    @Override
    public Map<String, Object> getVelocityParams(
            String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        switch (resourceName) {
            case "view" -> getVelocityParamsForView(params, descriptor);
            case "input-parameters" -> getVelocityParamsForInput(params);
            case "edit-parameters" -> getVelocityParamsForEdit(params, descriptor);
            default -> {
                // other resources get no parameters
            }
        }
        return params;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(
            Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(
            Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
