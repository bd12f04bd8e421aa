package org.experimentlog.app.port;

import java.util.List;
import java.util.Set;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.failure.Reader;

/**
 * The learning library across learnings and failure stories: one search, one ordered and paged
 * result.
 */
public interface LibrarySearch {
    /** How many words of a search text count; the rest are ignored. */
    int MAX_WORDS = 10;

    /**
     * A page of the learnings and stories that match, merged in the given order. Learnings are
     * searched only in the query's visible projects; stories only among those the reader may see;
     * both totals count exactly those, so a story shared with another department never shows, not
     * even in a count. Tag, outcome and verdict belong to learnings: a query with any of them finds
     * no stories. A story matches a department it is shared with. The text matches a learning or
     * story containing any of its words, ignoring case.
     */
    LibraryResult search(LearningQuery query, Reader reader, LibraryOrder order, PageRequest page);

    /**
     * Up to {@code limit} distinct tags starting with the prefix, alphabetically, of learnings in
     * these projects.
     */
    List<String> tagsStartingWith(String prefix, Set<ProjectKey> projects, int limit);
}
