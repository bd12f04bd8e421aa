package org.experimentlog.persistence.upgrade.v4;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The failure story table as model versions 2 to 4 left it (upgrade task 4 only reads it), frozen:
 * {@link Upgrade4TermIndex} works on this shape, so a later change to the live {@code
 * AoFailureStory} cannot change what that upgrade does. Never edit it; a later model version gets
 * its own copy.
 */
@Preload
@Table("FailureStory")
public interface AoFailureStoryV4 extends Entity {
    String TITLE = "TITLE";
    String WHAT_WE_TRIED = "WHAT_WE_TRIED";
    String WHAT_HAPPENED = "WHAT_HAPPENED";
    String WHAT_WE_LEARNED = "WHAT_WE_LEARNED";
    String DO_DIFFERENTLY = "DO_DIFFERENTLY";
    String OTHER_FACTORS = "OTHER_FACTORS";
    String IMPACT = "IMPACT";
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String ITERATION_ID = "ITERATION_ID";
    String TO_EVERYONE = "TO_EVERYONE";
    String AUDIENCE = "AUDIENCE";
    String FACTORS = "FACTORS";
    String ANONYMOUS = "ANONYMOUS";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String ROW_VERSION = "ROW_VERSION";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String TERMS = "TERMS";

    /** The title. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** What we tried. */
    @StringLength(StringLength.UNLIMITED)
    String getWhatWeTried();

    void setWhatWeTried(String text);

    /** What happened. */
    @StringLength(StringLength.UNLIMITED)
    String getWhatHappened();

    void setWhatHappened(String text);

    /** What we learned. */
    @StringLength(StringLength.UNLIMITED)
    String getWhatWeLearned();

    void setWhatWeLearned(String text);

    /** What we will do differently. */
    @StringLength(StringLength.UNLIMITED)
    String getDoDifferently();

    void setDoDifferently(String text);

    /** Contributing factors in the author's own words. */
    @StringLength(StringLength.UNLIMITED)
    String getOtherFactors();

    void setOtherFactors(String text);

    /** The impact code. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getImpact();

    void setImpact(String impactCode);

    /** The experiment the story is about, if any. */
    @Indexed
    Integer getExperimentId();

    void setExperimentId(Integer experimentId);

    /** The issue id of that experiment. */
    Long getIssueId();

    void setIssueId(Long issueId);

    /** The issue key of that experiment, last seen. */
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The iteration the story is about, if any. */
    Integer getIterationId();

    void setIterationId(Integer iterationId);

    /** Whether every licensed user may read it. */
    @NotNull
    @Indexed
    boolean isToEveryone();

    void setToEveryone(boolean toEveryone);

    /** The departments it is shared with, as {@code |id|id|}; empty when shared with everyone. */
    @NotNull
    @StringLength(450)
    String getAudience();

    void setAudience(String departmentIds);

    /**
     * The contributing factor codes, as {@code |code|code|}; empty when only other factors were
     * named.
     */
    @NotNull
    @StringLength(450)
    String getFactors();

    void setFactors(String factorCodes);

    /** Whether the author is hidden. */
    @NotNull
    boolean isAnonymous();

    void setAnonymous(boolean anonymous);

    /** The user key of the author; never shown or exported when anonymous. */
    @NotNull
    @Indexed
    String getAuthor();

    void setAuthor(String userKey);

    /** When it was shared. */
    @NotNull
    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** When it was last edited. */
    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date at);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    /**
     * The title and every narrative field in lower case, for the learning library's
     * case-insensitive text search with a plain {@code LIKE} (as the learning's); never the author.
     */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String text);

    /**
     * The search terms of the title and text: every word's English and Dutch Snowball stem, as a
     * sorted {@code |}-delimited list ({@code SearchTerms}); null for a row written before the
     * column existed, until the upgrade task fills it.
     */
    @StringLength(StringLength.UNLIMITED)
    String getTerms();

    void setTerms(String terms);
}
