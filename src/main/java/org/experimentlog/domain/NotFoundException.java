package org.experimentlog.domain;

/** The object does not exist, or the caller may not know that it exists. */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(null, message);
    }

    /** Something a request field names (an issue key typed into a form) that does not exist or may not be seen. */
    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
