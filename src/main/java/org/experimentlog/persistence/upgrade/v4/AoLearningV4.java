package org.experimentlog.persistence.upgrade.v4;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The learning table as model versions 2 to 4 left it (upgrade task 4 only reads it), frozen:
 * {@link Upgrade4TermIndex} works on this shape, so a later change to the live {@code AoLearning}
 * cannot change what that upgrade does. Never edit it; a later model version gets its own copy.
 */
@Preload
@Table("Learning")
public interface AoLearningV4 extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String ITERATION_ID = "ITERATION_ID";
    String STATEMENT = "STATEMENT";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";
    String ROW_VERSION = "ROW_VERSION";
    String PROJECT_KEY = "PROJECT_KEY";
    String VERDICT = "VERDICT";
    String DEPARTMENTS = "DEPARTMENTS";
    String OUTCOMES = "OUTCOMES";
    String TAGS = "TAGS";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String TERMS = "TERMS";

    /** The experiment. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The iteration, if the learning came from one. */
    @Indexed
    Integer getIterationId();

    void setIterationId(Integer iterationId);

    /** What was learned. */
    @StringLength(StringLength.UNLIMITED)
    String getStatement();

    void setStatement(String statement);

    /** The user key of the author. */
    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    /** When it was written. */
    @NotNull
    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    /** The project key of the experiment's issue, copied for the library's visibility filter. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** The verdict code of the experiment, copied; null while it is not concluded. */
    @Indexed
    @StringLength(40)
    String getVerdict();

    void setVerdict(String verdictCode);

    /** The departments of the experiment, copied as {@code |id|id|} ({@code |} for none). */
    @NotNull
    @StringLength(450)
    String getDepartments();

    void setDepartments(String departmentIds);

    /** The outcomes the experiment aims at, copied as {@code |id|id|} ({@code |} for none). */
    @NotNull
    @StringLength(450)
    String getOutcomes();

    void setOutcomes(String outcomeIds);

    /**
     * The tags as {@code |tag|tag|} ({@code |} for none); the rows of {@code AoLearningTag} stay
     * the record.
     */
    @NotNull
    @StringLength(450)
    String getTags();

    void setTags(String tags);

    /** The statement in lower case, for case-insensitive search with a plain {@code LIKE}. */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String text);

    /**
     * The search terms of the statement and tags: every word's English and Dutch Snowball stem, as
     * a sorted {@code |}-delimited list ({@code SearchTerms}); null for a row written before the
     * column existed, until the upgrade task fills it.
     */
    @StringLength(StringLength.UNLIMITED)
    String getTerms();

    void setTerms(String terms);
}
