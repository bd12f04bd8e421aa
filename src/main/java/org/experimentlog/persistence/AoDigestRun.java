package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One run of the digests: when, why, and what it sent. */
@Preload
@Table("DigestRun")
public interface AoDigestRun extends Entity {
    String STARTED_AT = "STARTED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String RUN_TRIGGER = "RUN_TRIGGER";
    String RECIPIENTS = "RECIPIENTS";
    String MAILS = "MAILS";
    String IN_DOUBT = "IN_DOUBT";

    /** When it started. */
    @NotNull
    @Indexed
    Date getStartedAt();

    void setStartedAt(Date at);

    /** When it finished; null while running or when its node died. */
    Date getFinishedAt();

    void setFinishedAt(Date at);

    /** scheduled or manual. */
    @NotNull
    @StringLength(20)
    String getRunTrigger();

    void setRunTrigger(String trigger);

    /** How many people it looked at. */
    @NotNull
    int getRecipients();

    void setRecipients(int count);

    /** How many mails it queued. */
    @NotNull
    int getMails();

    void setMails(int count);

    /** How many digests of earlier runs it found in doubt. */
    @NotNull
    int getInDoubt();

    void setInDoubt(int count);
}
