package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An action agreed in a retrospective. */
@Preload
@Table("RetroAction")
public interface AoRetroAction extends Entity {
    String RETRO_ID = "RETRO_ID";
    String POSITION = "POSITION";
    String ACTION_TEXT = "ACTION_TEXT";
    String OWNER_KEY = "OWNER_KEY";
    String DUE_DATE = "DUE_DATE";
    String DONE = "DONE";

    /** The retrospective. */
    @NotNull
    @Indexed
    int getRetroId();

    void setRetroId(int retroId);

    /** The order on the list. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    /** What will be done. */
    @StringLength(StringLength.UNLIMITED)
    String getActionText();

    void setActionText(String text);

    /** The user key of the owner. */
    String getOwnerKey();

    void setOwnerKey(String userKey);

    /** By when, ISO yyyy-MM-dd. */
    @StringLength(10)
    String getDueDate();

    void setDueDate(String day);

    /** Whether it is done. */
    @NotNull
    boolean isDone();

    void setDone(boolean done);
}
