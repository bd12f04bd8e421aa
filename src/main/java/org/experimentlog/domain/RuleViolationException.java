package org.experimentlog.domain;

/**
 * The request is well formed but the object's current state does not allow it, for example concluding an
 * experiment that has no learning or moving a concluded experiment back to running.
 */
public final class RuleViolationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String message) {
        super(null, message);
    }

    public RuleViolationException(String field, String message) {
        super(field, message);
    }
}
