package com.opensymphony.workflow;

/**
 * Declaration only, partial: what a workflow validator throws to refuse a transition; Jira shows
 * its message to the user (in the transition dialog, and as {@code errorMessages} from REST).
 *
 * <p>{@code new InvalidInputException(String)} thrown from {@code validate} in Jira's own {@code
 * ReferenceValidator} (Jira 6 source, turgaycelik/mysource {@code
 * jira-reference-plugin/.../workflow/ReferenceValidator.java}) and {@code throws
 * InvalidInputException} in
 * https://github.com/Semmle/lgtm-jira-addon/blob/master/src/main/java/com/semmle/jira/addon/workflow/ResolutionValidator.java.
 * The real class also collects field errors ({@code addError}, {@code getErrors}); not declared,
 * not used.
 */
public class InvalidInputException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
