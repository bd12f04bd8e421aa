package org.experimentlog.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.experimentlog.app.port.ExperimentProjects;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;

/**
 * {@link ExperimentProjects} on the sandbox directory's projects. Every project starts with the
 * Experiment issue type, as the demo expects; what an administrator switches off is remembered
 * while the sandbox runs. Each project has a scheme of its own, so nothing is shared.
 */
final class SandboxExperimentProjects implements ExperimentProjects {
    private final SandboxDirectory directory;
    private final Set<String> withdrawn = ConcurrentHashMap.newKeySet();

    SandboxExperimentProjects(SandboxDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<ProjectUse> projects() {
        return directory.projects().stream()
                .sorted(Comparator.comparing(SandboxDirectory.Project::key))
                .map(this::use)
                .toList();
    }

    @Override
    public ProjectUse offer(ProjectKey key, boolean offered) {
        SandboxDirectory.Project project =
                directory
                        .project(key.value())
                        .orElseThrow(
                                () -> new NotFoundException("Project " + key + " does not exist."));
        if (offered) {
            withdrawn.remove(project.key());
        } else {
            withdrawn.add(project.key());
        }
        return use(project);
    }

    /** Whether the project offers the Experiment issue type, for the sandbox's own issue API. */
    boolean offers(String projectKey) {
        return !withdrawn.contains(projectKey);
    }

    private ProjectUse use(SandboxDirectory.Project project) {
        return new ProjectUse(
                new ProjectKey(project.key()), project.name(), offers(project.key()), false);
    }
}
