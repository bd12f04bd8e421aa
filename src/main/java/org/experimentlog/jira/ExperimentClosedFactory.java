package org.experimentlog.jira;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.Map;

/**
 * What Jira's workflow editor shows and stores for the conclude gate, as validator and as
 * condition: one setting, whether an abandoned experiment lets the issue be resolved too ({@value
 * #ACCEPT_ABANDONED}, {@code true} unless set to {@code false}). The templates {@code
 * templates/workflow/experiment-closed-*.vm} render it, with the texts from SAL's {@code
 * I18nResolver} as {@code $i18n}, the same object the app's pages use, so they do not depend on
 * what Jira's workflow editor puts into the context itself.
 */
public class ExperimentClosedFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginValidatorFactory, WorkflowPluginConditionFactory {
    /** The one argument, stored in the workflow as the string {@code true} or {@code false}. */
    public static final String ACCEPT_ABANDONED = "acceptAbandoned";

    private final I18nResolver i18n;

    public ExperimentClosedFactory(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("i18n", i18n);
        velocityParams.put(ACCEPT_ABANDONED, "true");
    }

    @Override
    protected void getVelocityParamsForEdit(
            Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("i18n", i18n);
        velocityParams.put(ACCEPT_ABANDONED, String.valueOf(acceptsAbandoned(argsOf(descriptor))));
    }

    @Override
    protected void getVelocityParamsForView(
            Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("i18n", i18n);
        velocityParams.put(ACCEPT_ABANDONED, String.valueOf(acceptsAbandoned(argsOf(descriptor))));
    }

    /**
     * The submitted form as the validator's or condition's stored arguments. Jira hands over each
     * field as a {@code String[]}; a missing field keeps the default.
     *
     * @throws IllegalArgumentException when the field holds anything but one {@code true} or {@code
     *     false}
     */
    @Override
    public Map<String, String> getDescriptorParams(Map<String, Object> formParams) {
        Object value = formParams.get(ACCEPT_ABANDONED);
        if (value == null) {
            return Map.of(ACCEPT_ABANDONED, "true");
        }
        String single =
                value instanceof String[] values && values.length == 1
                        ? values[0]
                        : value instanceof String text ? text : null;
        if (!"true".equals(single) && !"false".equals(single)) {
            throw new IllegalArgumentException(ACCEPT_ABANDONED + " must be true or false");
        }
        return Map.of(ACCEPT_ABANDONED, single);
    }

    /**
     * Whether stored arguments let an abandoned experiment through; anything but {@code false}
     * does.
     */
    @SuppressWarnings("rawtypes")
    static boolean acceptsAbandoned(Map args) {
        return args == null || !"false".equals(String.valueOf(args.get(ACCEPT_ABANDONED)));
    }

    @SuppressWarnings("rawtypes")
    private static Map argsOf(AbstractDescriptor descriptor) {
        if (descriptor instanceof ValidatorDescriptor validator) {
            return validator.getArgs();
        }
        if (descriptor instanceof ConditionDescriptor condition) {
            return condition.getArgs();
        }
        return Map.of();
    }
}
