package org.experimentlog.domain;

/** The object does not exist, or the caller may not know that it exists. */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(null, message);
    }
}
