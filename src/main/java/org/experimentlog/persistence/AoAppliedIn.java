package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A record that a story's lesson was applied in another experiment. */
@Preload
@Table("AppliedIn")
public interface AoAppliedIn extends Entity {
    String STORY_ID = "STORY_ID";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String APPLIED_BY = "APPLIED_BY";
    String APPLIED_AT = "APPLIED_AT";
    String NOTE = "NOTE";

    /** The story. */
    @NotNull
    @Indexed
    int getStoryId();

    void setStoryId(int storyId);

    /** The issue id of the experiment where the lesson was applied. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** Its issue key, last seen. */
    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The user key of who recorded it. */
    @NotNull
    String getAppliedBy();

    void setAppliedBy(String userKey);

    /** When. */
    @NotNull
    Date getAppliedAt();

    void setAppliedAt(Date at);

    /** How it was applied. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
