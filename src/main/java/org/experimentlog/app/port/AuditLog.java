package org.experimentlog.app.port;

import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditedType;

/** Keeps a record of every change to the app's data. */
public interface AuditLog {
    /** Records one change, in the caller's transaction. */
    void record(AuditEntry entry);

    /** The changes to one object, newest first. */
    Page<AuditEntry> historyOf(AuditedType type, long entityId, PageRequest page);

    /** The changes to anything, newest first. */
    default Page<AuditEntry> recent(PageRequest page) {
        return recent(null, null, page);
    }

    /**
     * The changes, newest first, to objects of one type and by one person where given (null: any).
     */
    Page<AuditEntry> recent(AuditedType type, UserRef actor, PageRequest page);
}
