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

    /**
     * The one optimistic-version check every aggregate makes before a change: the version the
     * writer read must be the stored one. (The repositories check again when they write, so a
     * writer that read the same version a moment after cannot overwrite this change either.)
     *
     * @throws StaleVersionException when they differ
     */
    public static void unlessSame(String what, long read, long stored) {
        if (read != stored) {
            throw new StaleVersionException(what);
        }
    }
}
