package org.experimentlog.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An issue of the sandbox host: what Jira's own issue tables hold in production. Test scope only.
 */
@Preload
@Table("SbIssue")
public interface AoSandboxIssue extends Entity {
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String SUMMARY = "SUMMARY";
    String ISSUE_TYPE = "ISSUE_TYPE";
    String SEQ_NO = "SEQ_NO";
    String STATUS_ID = "STATUS_ID";

    /** The key, e.g. PERMIT-12. */
    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String key);

    /** The project key. */
    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** The number within the project. */
    @NotNull
    int getSeqNo();

    void setSeqNo(int number);

    /** The summary line. */
    @NotNull
    String getSummary();

    void setSummary(String summary);

    /** The issue type name, e.g. Experiment or Task. */
    @NotNull
    String getIssueType();

    void setIssueType(String type);

    /**
     * The id of the issue's workflow status; null until its first transition, meaning the
     * workflow's first status.
     */
    String getStatusId();

    void setStatusId(String statusId);
}
