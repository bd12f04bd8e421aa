package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change to a registered plan, with its reason; written once and never updated. */
@Preload
@Table("Deviation")
public interface AoDeviation extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String PLAN_VERSION = "PLAN_VERSION";
    String PLAN_PART = "PLAN_PART";
    String OLD_TEXT = "OLD_TEXT";
    String NEW_TEXT = "NEW_TEXT";
    String REASON = "REASON";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";

    /** The experiment. */
    @NotNull
    @Indexed
    long getExperimentId();

    void setExperimentId(long id);

    /** The plan version this change led to: 2 for the first. */
    @NotNull
    int getPlanVersion();

    void setPlanVersion(int value);

    /** The part code. */
    @NotNull
    @StringLength(40)
    String getPlanPart();

    void setPlanPart(String value);

    /** The text before. */
    @StringLength(StringLength.UNLIMITED)
    String getOldText();

    void setOldText(String value);

    /** The text after. */
    @StringLength(StringLength.UNLIMITED)
    String getNewText();

    void setNewText(String value);

    /** Why it changed. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String value);

    /** The user key of who changed it. */
    @NotNull
    String getAuthor();

    void setAuthor(String value);

    /** When. */
    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date value);
}
