package org.experimentlog.domain;

/** Nobody is logged in, and this needs a user. */
public final class NotAuthenticatedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super(null, ErrorKey.LOG_IN);
    }
}
