package org.experimentlog.persistence.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The term index as model version 4 created it, frozen: {@link Upgrade4TermIndex} works on this
 * shape, so a later change to the live {@code AoSearchTerm} cannot change what that upgrade does.
 * Never edit it; a later model version gets its own copy.
 */
@Preload
@Table("SearchTerm")
public interface AoSearchTermV4 extends Entity {
    String TERM = "TERM";
    String LEARNING_ID = "LEARNING_ID";
    String STORY_ID = "STORY_ID";

    /** The term, a stem in lower case. */
    @NotNull
    @Indexed
    @StringLength(60)
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
