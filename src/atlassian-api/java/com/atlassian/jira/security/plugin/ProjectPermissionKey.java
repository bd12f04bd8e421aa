package com.atlassian.jira.security.plugin;

/**
 * Declaration only: the key of a project permission, such as those in {@link
 * com.atlassian.jira.permission.ProjectPermissions}.
 *
 * <p>The fully qualified name is verified by many imports in public plugin code
 * (../shared/reference/atlassian-api-reference.md §6, which advises an opaque final class). The
 * {@code String} constructor is how a public copy of jira-api's {@code ProjectPermissions.java}
 * (@since 6.2.5) builds its constants; {@code equals}/{@code hashCode} by key are assumed.
 * Everything but the class name is UNVERIFIED against jira-api 11; the plugin only uses the
 * constants. Javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
