package org.experimentlog.domain;

/**
 * The request is well formed but the object's current state does not allow it, for example
 * concluding an experiment that has no learning or moving a concluded experiment back to running.
 */
public final class RuleViolationException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String message) {
        super(null, message);
    }

    public RuleViolationException(String field, String message) {
        super(field, message);
    }

    /** A message the web layer can show in the reader's language. */
    public RuleViolationException(ErrorKey key, Object... arguments) {
        super(null, key, arguments);
    }

    /** A message about a request field, in the reader's language. */
    public RuleViolationException(String field, ErrorKey key, Object... arguments) {
        super(field, key, arguments);
    }
}
