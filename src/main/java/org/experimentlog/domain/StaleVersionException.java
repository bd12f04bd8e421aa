package org.experimentlog.domain;

/** Somebody else changed the object since the caller read it; nothing was written. */
public final class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what) {
        super("version", "Could not save the " + what + ": someone else changed it in the meantime. "
                + "Reload it to see their change, then apply yours again.");
    }
}
