package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

/**
 * Declaration only, complete: a workflow validator. Jira calls {@code validate} when a user
 * performs a transition that lists it; an {@link InvalidInputException} refuses the transition with
 * its message.
 *
 * <p>Signature (raw maps) from Jira's own {@code NotNullPermissionValidator} and {@code
 * ReferenceValidator} (Jira 6 source, turgaycelik/mysource) and
 * https://github.com/Semmle/lgtm-jira-addon/blob/master/src/main/java/com/semmle/jira/addon/workflow/ResolutionValidator.java
 * ({@code @Override public void validate(Map transientVars, Map args, PropertySet ps) throws
 * InvalidInputException}). {@code transientVars} holds the issue under {@code "issue"} (Jira's
 * validators read it there); {@code args} holds the validator's stored configuration, as its
 * factory's {@code getDescriptorParams} produced it.
 */
@SuppressWarnings("rawtypes")
public interface Validator {
    void validate(Map transientVars, Map args, PropertySet ps)
            throws InvalidInputException, WorkflowException;
}
