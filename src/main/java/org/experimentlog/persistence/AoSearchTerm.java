package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The term index of the library and the failures feed: one row per search term (an English or Dutch
 * Snowball stem, {@link SearchTerms}) and learning or failure story, indexed by term. A word search
 * joins it on the term, so the database reads the rows of one word's documents through the index
 * instead of every row of the library. The rows are written with the learning or story, in its
 * transaction, so every node of a cluster sees the same index; upgrade task 4 builds them for rows
 * stored before the table existed.
 *
 * <p>Two indexes on (term, learning) and (term, story) hold a term's postings in id order, so the
 * database reads a word's documents from the index alone and checks another word of a document with
 * one index lookup ({@link TermIndex}); Active Objects adds them to an existing table when the
 * plugin starts.
 */
@Preload
@Table("SearchTerm")
@Indexes({
    @Index(
            name = "term_learning",
            methodNames = {"getTerm", "getLearningId"}),
    @Index(
            name = "term_story",
            methodNames = {"getTerm", "getStoryId"})
})
public interface AoSearchTerm extends Entity {
    String TERM = "TERM";
    String LEARNING_ID = "LEARNING_ID";
    String STORY_ID = "STORY_ID";

    /** The term, a stem in lower case. */
    @NotNull
    @Indexed
    @StringLength(SearchTerms.MAX_TERM_LENGTH)
    String getTerm();

    void setTerm(String term);

    /** The learning the term is of, or null for a story's term. */
    @Indexed
    Integer getLearningId();

    void setLearningId(Integer learningId);

    /** The failure story the term is of, or null for a learning's term. */
    @Indexed
    Integer getStoryId();

    void setStoryId(Integer storyId);
}
