package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One published version of an experiment's public record: the snapshot as JSON, and copies of what
 * the register filters on, so a list is one query. The snapshot is never updated; a withdrawal only
 * fills the withdrawal columns.
 */
@Preload
@Table("Publication")
public interface AoPublication extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String PUB_VERSION = "PUB_VERSION";
    String LATEST = "LATEST";
    String STAGE = "STAGE";
    String VERDICT = "VERDICT";
    String CLOSED_ON = "CLOSED_ON";
    String TITLE = "TITLE";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String DEPARTMENTS = "DEPARTMENTS";
    String OUTCOMES = "OUTCOMES";
    String SNAPSHOT = "SNAPSHOT";
    String PUBLISHED_BY = "PUBLISHED_BY";
    String PUBLISHED_AT = "PUBLISHED_AT";
    String WITHDRAWN_AT = "WITHDRAWN_AT";
    String WITHDRAWN_BY = "WITHDRAWN_BY";
    String WITHDRAWN_REASON = "WITHDRAWN_REASON";

    /** The experiment, whose id is the register number. */
    @NotNull
    @Indexed
    long getExperimentId();

    void setExperimentId(long id);

    /** 1 for the first publication of the experiment, then 2, 3, … */
    @NotNull
    int getPubVersion();

    void setPubVersion(int value);

    /** Whether this is the experiment's newest version; the register lists only those. */
    @NotNull
    @Indexed
    boolean isLatest();

    void setLatest(boolean value);

    /** The stage code at publication. */
    @NotNull
    @StringLength(20)
    String getStage();

    void setStage(String value);

    /** The verdict code at publication, if any. */
    @StringLength(20)
    String getVerdict();

    void setVerdict(String value);

    /** The day it was closed, ISO-8601, for the period filter. */
    @StringLength(10)
    String getClosedOn();

    void setClosedOn(String value);

    /** The public title. */
    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String value);

    /** The title, hypothesis and learnings in lower case, for the words filter. */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String value);

    /** The department ids as {@code ,1,3,}, for the department filter. */
    @StringLength(StringLength.UNLIMITED)
    String getDepartments();

    void setDepartments(String value);

    /** The outcome ids as {@code ,2,5,}, for the outcome filter. */
    @StringLength(StringLength.UNLIMITED)
    String getOutcomes();

    void setOutcomes(String value);

    /** The public record, as JSON. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();

    void setSnapshot(String value);

    /** The user key of who published it. */
    @NotNull
    String getPublishedBy();

    void setPublishedBy(String value);

    /** When. */
    @NotNull
    Date getPublishedAt();

    void setPublishedAt(Date value);

    /** When it was withdrawn, if it was. */
    Date getWithdrawnAt();

    void setWithdrawnAt(Date value);

    /** The user key of who withdrew it. */
    String getWithdrawnBy();

    void setWithdrawnBy(String value);

    /** Why it was withdrawn; public. */
    @StringLength(StringLength.UNLIMITED)
    String getWithdrawnReason();

    void setWithdrawnReason(String value);
}
