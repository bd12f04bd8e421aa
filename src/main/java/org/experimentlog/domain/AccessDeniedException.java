package org.experimentlog.domain;

/** The caller is known but may not do this. */
public final class AccessDeniedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(null, message);
    }

    /** A message the web layer can show in the reader's language. */
    public AccessDeniedException(ErrorKey key, Object... arguments) {
        super(null, key, arguments);
    }
}
