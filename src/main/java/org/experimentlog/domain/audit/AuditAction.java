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
    EXPORTED("exported"),
    /** An experiment's plan was registered when it first ran. */
    REGISTERED("registered"),
    /** A registered plan was changed; the deviation is kept with its reason. */
    DEVIATED("deviated"),
    /** An experiment was published in the public register, or a new version of it. */
    PUBLISHED("published"),
    /** A publication was withdrawn from the public register. */
    WITHDRAWN("withdrawn"),
    /** Re-created from its deleted state: the undo of a removal. */
    RESTORED("restored");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
