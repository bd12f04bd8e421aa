package org.experimentlog.app.port;

import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.experiment.Stage;

/**
 * Which experiments to list.
 *
 * @param project only this project's experiments; null for all
 * @param stages only these stages; empty for all
 */
public record ExperimentQuery(ProjectKey project, Set<Stage> stages) {
    public ExperimentQuery {
        stages = Set.copyOf(stages);
    }

    public static ExperimentQuery all() {
        return new ExperimentQuery(null, Set.of());
    }

    public static ExperimentQuery inProject(ProjectKey project) {
        return new ExperimentQuery(project, Set.of());
    }

    public Optional<ProjectKey> projectIfAny() {
        return Optional.ofNullable(project);
    }
}
