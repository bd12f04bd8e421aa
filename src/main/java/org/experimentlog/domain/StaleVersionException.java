package org.experimentlog.domain;

/** Somebody else changed the object since the caller read it; nothing was written. */
public final class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what the kind of object, as {@link SavedObject} names it ({@code experiment}, {@code
     *     story})
     */
    public StaleVersionException(String what) {
        super("version", ErrorKey.STALE_VERSION, SavedObject.named(what));
    }
}
