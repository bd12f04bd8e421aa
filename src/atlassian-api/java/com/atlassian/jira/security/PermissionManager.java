package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Declaration only, and partial: Jira's project permission checks. A null user means the anonymous
 * user, so a caller that means "nobody may" must not pass null.
 *
 * <p>From ../shared/reference/atlassian-api-reference.md §6: both {@code hasPermission} overloads
 * are used in plugin code compiled against Jira 10 ([CODE10]); {@code getProjects} from
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(
            ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
