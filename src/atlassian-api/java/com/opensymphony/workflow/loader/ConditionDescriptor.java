package com.opensymphony.workflow.loader;

import java.util.HashMap;
import java.util.Map;

/**
 * Declaration only, partial: a condition as a workflow stores it, with its configuration in {@code
 * getArgs()}.
 *
 * <p>{@code ((ConditionDescriptor) descriptor).getArgs()} in Jira's own {@code
 * ReferenceWorkflowModuleFactory} (Jira 6 source, turgaycelik/mysource {@code
 * jira-reference-plugin/.../workflow/ReferenceWorkflowModuleFactory.java}) and in
 * https://github.com/atlascommunity/jira-plugins-groovy ({@code RegistryScriptValidatorFactory}).
 * The public no-argument constructor and the mutable map are OSWorkflow 2.8's; UNVERIFIED in a Jira
 * 10/11 source (only the sandbox constructs one).
 */
@SuppressWarnings("rawtypes")
public class ConditionDescriptor extends AbstractDescriptor {
    private final Map args = new HashMap();

    public ConditionDescriptor() {}

    public Map getArgs() {
        return args;
    }
}
