package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.experimentlog.domain.audit.AuditEntry;

/** One audited change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEntryJson(
        String actor, String at, String type, long objectId, String action, String summary) {
    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(
                entry.actor().key(),
                entry.at().toString(),
                entry.type().code(),
                entry.entityId(),
                entry.action().code(),
                entry.summary());
    }
}
