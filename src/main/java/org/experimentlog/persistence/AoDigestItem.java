package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One item put in a person's digest; unique per person and item, so nobody gets the same item
 * twice.
 */
@Preload
@Table("DigestItem")
public interface AoDigestItem extends Entity {
    String USER_KEY = "USER_KEY";
    String ITEM_KEY = "ITEM_KEY";
    String SENT_KEY = "SENT_KEY";
    String MAIL_ID = "MAIL_ID";
    String EVENT_AT = "EVENT_AT";

    /** Whose digest. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** What, e.g. {@code learning:12}. */
    @NotNull
    String getItemKey();

    void setItemKey(String itemKey);

    /** {@code user|item}: the uniqueness the database enforces. */
    @NotNull
    @Unique
    String getSentKey();

    void setSentKey(String key);

    /** The digest it went in. */
    @NotNull
    @Indexed
    int getMailId();

    void setMailId(int mailId);

    /** When the reported event happened. */
    @NotNull
    @Indexed
    Date getEventAt();

    void setEventAt(Date at);
}
