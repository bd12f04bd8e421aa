package org.experimentlog.domain;

/** The object does not exist, or the caller may not know that it exists. */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(null, message);
    }

    /**
     * Something a request field names (an issue key typed into a form) that does not exist or may
     * not be seen.
     */
    public NotFoundException(String field, String message) {
        super(field, message);
    }

    /** A message the web layer can show in the reader's language. */
    public NotFoundException(ErrorKey key, Object... arguments) {
        super(null, key, arguments);
    }

    /** A message about a request field, in the reader's language. */
    public NotFoundException(String field, ErrorKey key, Object... arguments) {
        super(field, key, arguments);
    }
}
