package org.experimentlog.domain;

/**
 * Others wrote the same record at the same moment (a deadlock, a serialization failure, or two
 * writers taking the same next number). The transaction that meets it is retried; when the retries
 * run out, the caller is told to try again, with the same status as a stale version. Nothing was
 * written.
 */
public final class ConcurrentWriteException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConcurrentWriteException() {
        super(null, ErrorKey.CONCURRENT_WRITE);
    }
}
