package org.experimentlog.domain;

/** A value given by the user is missing, malformed, too long or out of range. */
public final class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(field, message);
    }

    /** A message the web layer can show in the reader's language. */
    public InvalidInputException(String field, ErrorKey key, Object... arguments) {
        super(field, key, arguments);
    }

    /**
     * The same message about another field, for an adapter that knows which request field held the
     * value.
     */
    public InvalidInputException about(String otherField) {
        return key().map(key -> new InvalidInputException(otherField, key, arguments().toArray()))
                .orElseGet(() -> new InvalidInputException(otherField, getMessage()));
    }
}
