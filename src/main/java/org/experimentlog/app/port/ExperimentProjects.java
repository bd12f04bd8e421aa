package org.experimentlog.app.port;

import java.util.List;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;

/** Which projects offer the Experiment issue type, and changing that. */
public interface ExperimentProjects {
    /**
     * A project and whether it offers the Experiment issue type.
     *
     * @param key the project key
     * @param name the project name
     * @param offered whether people can create Experiment issues in it
     * @param sharedScheme whether its issue types come from the host's default scheme, shared by
     *     other projects, so a change applies to all of them
     */
    record ProjectUse(ProjectKey key, String name, boolean offered, boolean sharedScheme) {}

    /** Every project, by key. */
    List<ProjectUse> projects();

    /**
     * Offers the Experiment issue type in the project, or stops offering it.
     *
     * @throws NotFoundException when there is no such project
     */
    ProjectUse offer(ProjectKey project, boolean offered);
}
