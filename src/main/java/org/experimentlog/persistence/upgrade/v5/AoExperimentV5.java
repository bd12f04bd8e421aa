package org.experimentlog.persistence.upgrade.v5;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The experiment table ({@code Experiment}) as model version 5 leaves it, frozen: {@link
 * Upgrade5PanelCopies} reads and writes this shape, so a later change to the live {@code
 * AoExperiment} cannot change what that upgrade does. Never edit it; a later model version gets its
 * own copy. Version 5 adds {@code DEPARTMENT_IDS} and {@code OUTCOME_LINKS}.
 */
@Preload
@Table("Experiment")
public interface AoExperimentV5 extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String HYP_CHANGE = "HYP_CHANGE";
    String HYP_AUDIENCE = "HYP_AUDIENCE";
    String HYP_RESULT = "HYP_RESULT";
    String HYP_REASON = "HYP_REASON";
    String HYP_SIGNAL = "HYP_SIGNAL";
    String METHOD = "METHOD";
    String METHOD_DETAILS = "METHOD_DETAILS";
    String PLANNED_SAMPLE = "PLANNED_SAMPLE";
    String STAGE = "STAGE";
    String VERDICT = "VERDICT";
    String CLOSING_NOTE = "CLOSING_NOTE";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String STARTED_AT = "STARTED_AT";
    String CLOSED_AT = "CLOSED_AT";
    String ROW_VERSION = "ROW_VERSION";
    String DEPARTMENT_IDS = "DEPARTMENT_IDS";
    String OUTCOME_LINKS = "OUTCOME_LINKS";

    /** The Jira issue id; one experiment per issue. */
    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    /** The issue key last seen, for links; the id is what counts. */
    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The project key of the issue, for per-project lists. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** We believe that… */
    @StringLength(StringLength.UNLIMITED)
    String getHypChange();

    void setHypChange(String change);

    /** …for… */
    @StringLength(StringLength.UNLIMITED)
    String getHypAudience();

    void setHypAudience(String audience);

    /** …will result in… */
    @StringLength(StringLength.UNLIMITED)
    String getHypResult();

    void setHypResult(String expectedResult);

    /** …because… */
    @StringLength(StringLength.UNLIMITED)
    String getHypReason();

    void setHypReason(String reason);

    /** …we will know when… */
    @StringLength(StringLength.UNLIMITED)
    String getHypSignal();

    void setHypSignal(String signal);

    /** The method code, or null before one is chosen. */
    @StringLength(40)
    String getMethod();

    void setMethod(String methodCode);

    /** Free text about the method. */
    @StringLength(StringLength.UNLIMITED)
    String getMethodDetails();

    void setMethodDetails(String details);

    /**
     * How many participants or observations are planned; null when none was given. A nullable
     * column Active Objects adds to an existing table by itself, so no upgrade task is needed.
     */
    Long getPlannedSample();

    void setPlannedSample(Long size);

    /** The stage code. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getStage();

    void setStage(String stageCode);

    /** The verdict code of a concluded experiment. */
    @StringLength(40)
    String getVerdict();

    void setVerdict(String verdictCode);

    /** Why it was abandoned, or a note on the conclusion. */
    @StringLength(StringLength.UNLIMITED)
    String getClosingNote();

    void setClosingNote(String note);

    /** The user key of who opened the experiment. */
    @NotNull
    String getCreatedBy();

    void setCreatedBy(String userKey);

    /** When the experiment was opened. */
    @NotNull
    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** When it first ran. */
    Date getStartedAt();

    void setStartedAt(Date at);

    /** When it was concluded or abandoned. */
    Date getClosedAt();

    void setClosedAt(Date at);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    /**
     * A copy of the experiment's departments ({@code ExpDepartment} rows): their ids in ascending
     * order joined by commas, null for none; written with the rows, in the same transaction, so the
     * issue panel reads them with the experiment.
     */
    @StringLength(StringLength.MAX_LENGTH)
    String getDepartmentIds();

    void setDepartmentIds(String ids);

    /**
     * A copy of the experiment's outcome links ({@code ExpOutcome} rows): {@code
     * outcomeId:direction} in the team's order joined by commas, null for none; written with the
     * rows, in the same transaction.
     */
    @StringLength(StringLength.MAX_LENGTH)
    String getOutcomeLinks();

    void setOutcomeLinks(String links);
}
