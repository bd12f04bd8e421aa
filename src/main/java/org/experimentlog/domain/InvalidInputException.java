package org.experimentlog.domain;

/** A value given by the user is missing, malformed, too long or out of range. */
public final class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}
