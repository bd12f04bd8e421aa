package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change to the app's data. */
@Preload
@Table("AuditEntry")
public interface AoAuditEntry extends Entity {
    String ACTOR = "ACTOR";
    String CREATED_AT = "CREATED_AT";
    String OBJECT_TYPE = "OBJECT_TYPE";
    String OBJECT_ID = "OBJECT_ID";
    String AUDIT_ACTION = "AUDIT_ACTION";
    String SUMMARY = "SUMMARY";
    String SUMMARY_KEY = "SUMMARY_KEY";
    String SUMMARY_ARGS = "SUMMARY_ARGS";
    String EXPERIMENT_ID = "EXPERIMENT_ID";

    /** The user key of who made the change. */
    @NotNull
    @Indexed
    String getActor();

    void setActor(String userKey);

    /** When. */
    @NotNull
    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** The audited type code. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getObjectType();

    void setObjectType(String typeCode);

    /** The id of the changed object. */
    @NotNull
    @Indexed
    long getObjectId();

    void setObjectId(long objectId);

    /** The action code. */
    @NotNull
    @StringLength(40)
    String getAuditAction();

    void setAuditAction(String actionCode);

    /** A readable sentence in English, kept for searching and exports. */
    @NotNull
    @StringLength(450)
    String getSummary();

    void setSummary(String summary);

    /**
     * The code of the summary's sentence key; null for an entry written before summaries had keys.
     */
    @StringLength(100)
    String getSummaryKey();

    void setSummaryKey(String code);

    /** The summary's arguments as a JSON array of typed values; null when there is no key. */
    @StringLength(StringLength.UNLIMITED)
    String getSummaryArgs();

    void setSummaryArgs(String json);

    /**
     * The experiment a changed iteration, result or learning belongs to, for the experiment's
     * history; null for anything else and for such changes written before this column.
     */
    @Indexed
    Long getExperimentId();

    void setExperimentId(Long experimentId);
}
