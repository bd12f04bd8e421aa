package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Declaration only, and partial: the keys of Jira's built-in project permissions. Only the
 * constants listed in the shared reference are declared (the real class has more, and utility
 * methods).
 *
 * <p>From
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * (../shared/reference/atlassian-api-reference.md §6); the initialisers follow a public copy of
 * jira-api's {@code ProjectPermissions.java} ({@code new ProjectPermissionKey("BROWSE_PROJECTS")}).
 */
public class ProjectPermissions {
    public static final ProjectPermissionKey ADMINISTER_PROJECTS =
            new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey BROWSE_PROJECTS =
            new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES =
            new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey TRANSITION_ISSUES =
            new ProjectPermissionKey("TRANSITION_ISSUES");
    public static final ProjectPermissionKey ASSIGN_ISSUES =
            new ProjectPermissionKey("ASSIGN_ISSUES");
    public static final ProjectPermissionKey ASSIGNABLE_USER =
            new ProjectPermissionKey("ASSIGNABLE_USER");
    public static final ProjectPermissionKey RESOLVE_ISSUES =
            new ProjectPermissionKey("RESOLVE_ISSUES");
    public static final ProjectPermissionKey CLOSE_ISSUES =
            new ProjectPermissionKey("CLOSE_ISSUES");
    public static final ProjectPermissionKey MODIFY_REPORTER =
            new ProjectPermissionKey("MODIFY_REPORTER");
    public static final ProjectPermissionKey DELETE_ISSUES =
            new ProjectPermissionKey("DELETE_ISSUES");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    public static final ProjectPermissionKey ADD_COMMENTS =
            new ProjectPermissionKey("ADD_COMMENTS");
}
