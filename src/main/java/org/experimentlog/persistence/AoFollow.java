package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * That a person follows a department, outcome, tag or project, or turned off a department they
 * follow by default.
 */
@Preload
@Table("Follow")
public interface AoFollow extends Entity {
    String USER_KEY = "USER_KEY";
    String KIND = "KIND";
    String TARGET = "TARGET";
    String FOLLOW_KEY = "FOLLOW_KEY";
    String OPTED_OUT = "OPTED_OUT";
    String CREATED_AT = "CREATED_AT";

    /** The follower's user key. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** What is followed: department, outcome, tag, project. */
    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kindCode);

    /** The department's or outcome's id, the tag or the project key. */
    @NotNull
    @Indexed
    @StringLength(60)
    String getTarget();

    void setTarget(String target);

    /** {@code user|kind|target}: one row per person and thing, even under concurrent clicks. */
    @NotNull
    @Unique
    String getFollowKey();

    void setFollowKey(String key);

    /** Whether the row turns a department default off rather than following. */
    @NotNull
    boolean isOptedOut();

    void setOptedOut(boolean optedOut);

    /** Since when. */
    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date at);
}
