package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One digest for one person: prepared (recorded with its items, not yet confirmed queued), queued,
 * or in doubt (its run stopped between preparing and confirming; never prepared again).
 */
@Preload
@Table("DigestMail")
public interface AoDigestMail extends Entity {
    String USER_KEY = "USER_KEY";
    String STATE = "STATE";
    String WINDOW_FROM = "WINDOW_FROM";
    String WINDOW_UNTIL = "WINDOW_UNTIL";
    String ITEM_COUNT = "ITEM_COUNT";
    String RUN_TRIGGER = "RUN_TRIGGER";
    String PREPARED_AT = "PREPARED_AT";
    String QUEUED_AT = "QUEUED_AT";

    /** Whose. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** prepared, queued or in-doubt. */
    @NotNull
    @Indexed
    @StringLength(20)
    String getState();

    void setState(String state);

    /** The period it reports, from. */
    @NotNull
    Date getWindowFrom();

    void setWindowFrom(Date from);

    /** The period it reports, until (exclusive). */
    @NotNull
    Date getWindowUntil();

    void setWindowUntil(Date until);

    /** How many items it held. */
    @NotNull
    int getItemCount();

    void setItemCount(int count);

    /** scheduled or manual. */
    @NotNull
    @StringLength(20)
    String getRunTrigger();

    void setRunTrigger(String trigger);

    /** When it was recorded. */
    @NotNull
    Date getPreparedAt();

    void setPreparedAt(Date at);

    /** When it was confirmed queued; null until then. */
    Date getQueuedAt();

    void setQueuedAt(Date at);
}
