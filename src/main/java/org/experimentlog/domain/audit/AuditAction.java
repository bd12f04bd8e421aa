package org.experimentlog.domain.audit;

import org.experimentlog.domain.Coded;

/** What happened to an audited object. */
public enum AuditAction implements Coded {
    CREATED("created"),
    UPDATED("updated"),
    STAGE_CHANGED("stage-changed"),
    DELETED("deleted"),
    MARKED("marked"),
    UNMARKED("unmarked"),
    /** Data was exported, e.g. the full export of the app. */
    EXPORTED("exported");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
