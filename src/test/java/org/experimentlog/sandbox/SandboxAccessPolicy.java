package org.experimentlog.sandbox;

import java.util.Set;
import java.util.function.Function;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;

/**
 * {@link AccessPolicy} on the sandbox projects' browse and edit groups, like a Jira permission
 * scheme.
 */
final class SandboxAccessPolicy implements AccessPolicy {
    private final SandboxDirectory directory;

    SandboxAccessPolicy(SandboxDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean canBrowse(UserRef user, IssueRef issue) {
        return inAny(user, issue, SandboxDirectory.Project::browseGroups);
    }

    @Override
    public boolean canBrowseProject(UserRef user, ProjectKey project) {
        return directory
                .project(project.value())
                .flatMap(
                        p ->
                                directory
                                        .user(user.key())
                                        .map(
                                                u ->
                                                        u.groups().stream()
                                                                .anyMatch(
                                                                        p.browseGroups()
                                                                                ::contains)))
                .orElse(false);
    }

    @Override
    public boolean canEditProject(UserRef user, ProjectKey project) {
        return directory
                .project(project.value())
                .flatMap(
                        p ->
                                directory
                                        .user(user.key())
                                        .map(
                                                u ->
                                                        u.groups().stream()
                                                                .anyMatch(
                                                                        p.editGroups()::contains)))
                .orElse(false);
    }

    @Override
    public boolean canEdit(UserRef user, IssueRef issue) {
        return inAny(user, issue, SandboxDirectory.Project::editGroups);
    }

    private boolean inAny(
            UserRef user, IssueRef issue, Function<SandboxDirectory.Project, Set<String>> groups) {
        return directory
                .project(issue.projectKey().value())
                .flatMap(
                        project ->
                                directory
                                        .user(user.key())
                                        .map(
                                                u ->
                                                        u.groups().stream()
                                                                .anyMatch(
                                                                        groups.apply(project)
                                                                                ::contains)))
                .orElse(false);
    }

    @Override
    public boolean isAdministrator(UserRef user) {
        return directory.isAdministrator(user.key());
    }
}
