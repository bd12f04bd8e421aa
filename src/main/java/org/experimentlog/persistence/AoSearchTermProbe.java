package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * The term index ({@link AoSearchTerm}'s table) under a second name, for a second join in the same
 * query: Active Objects joins each entity type at most once, and a search of two words checks the
 * second word through the index too ({@link TermIndex}). It names the same table and is not a
 * schema of its own: it is not declared in the descriptor, so Active Objects never creates or
 * changes anything for it, as with the upgrade tasks' frozen copies.
 */
@Table("SearchTerm")
public interface AoSearchTermProbe extends Entity {
    /** The term, a stem in lower case. */
    String getTerm();

    /** The learning the term is of, or null for a story's term. */
    Integer getLearningId();

    /** The failure story the term is of, or null for a learning's term. */
    Integer getStoryId();
}
