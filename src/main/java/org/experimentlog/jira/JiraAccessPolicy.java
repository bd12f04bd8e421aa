package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import jakarta.inject.Inject;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * {@link AccessPolicy} on Jira's permission schemes: Browse Projects to see an issue's experiment,
 * Edit Issues to change it, and the Jira Administrators global permission to administer the app.
 *
 * <p>A user Jira does not know is refused everything. Jira's permission checks read a null user as
 * the anonymous user, who may browse public projects, so an unknown user is never passed on as
 * null. Issues are looked up by id, which survives moves and key changes. Editing asks for the
 * permission only, not whether the issue's workflow step allows edits: learnings are typically
 * written after an issue is closed.
 */
@Component
final class JiraAccessPolicy implements AccessPolicy {
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final IssueManager issues;
    private final ProjectManager projects;
    private final UserManager users;

    @Inject
    JiraAccessPolicy(
            PermissionManager permissions,
            GlobalPermissionManager globalPermissions,
            IssueManager issues,
            ProjectManager projects,
            UserManager users) {
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.issues = issues;
        this.projects = projects;
        this.users = users;
    }

    @Override
    public boolean canBrowse(UserRef user, IssueRef issue) {
        return hasOnIssue(ProjectPermissions.BROWSE_PROJECTS, user, issue);
    }

    @Override
    public boolean canBrowseProject(UserRef user, ProjectKey project) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        if (jiraUser == null) {
            return false;
        }
        Project jiraProject = projects.getProjectByCurrentKey(project.value());
        return jiraProject != null
                && permissions.hasPermission(
                        ProjectPermissions.BROWSE_PROJECTS, jiraProject, jiraUser);
    }

    @Override
    public boolean canEditProject(UserRef user, ProjectKey project) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        if (jiraUser == null) {
            return false;
        }
        Project jiraProject = projects.getProjectByCurrentKey(project.value());
        return jiraProject != null
                && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, jiraProject, jiraUser);
    }

    @Override
    public boolean canEdit(UserRef user, IssueRef issue) {
        return hasOnIssue(ProjectPermissions.EDIT_ISSUES, user, issue);
    }

    @Override
    public boolean isAdministrator(UserRef user) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        return jiraUser != null
                && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, jiraUser);
    }

    private boolean hasOnIssue(ProjectPermissionKey permission, UserRef user, IssueRef ref) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        if (jiraUser == null) {
            return false;
        }
        Issue issue = issues.getIssueObject(Long.valueOf(ref.id()));
        return issue != null && permissions.hasPermission(permission, issue, jiraUser);
    }
}
