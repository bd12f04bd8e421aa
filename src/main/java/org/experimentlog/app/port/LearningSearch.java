package org.experimentlog.app.port;

import java.util.Set;
import org.experimentlog.domain.ProjectKey;

/** The learning library: finds learnings by text, tag, department, outcome, verdict and period. */
public interface LearningSearch {
    /**
     * A page of the learnings that match, newest first, each with the issue, stage and verdict of
     * its experiment. The total counts exactly the learnings that match, so it never counts one
     * outside the visible projects.
     */
    Page<LearningHit> search(LearningQuery query, PageRequest page);

    /**
     * The projects that have learnings, so a use case can ask the host which of them a reader may
     * browse.
     */
    Set<ProjectKey> projectsWithLearnings();
}
