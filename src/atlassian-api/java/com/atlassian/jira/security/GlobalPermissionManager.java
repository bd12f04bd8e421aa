package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration only, and partial: Jira's global permission checks.
 *
 * <p>From ../shared/reference/atlassian-api-reference.md §6 ([CODE10]: {@code
 * hasPermission(GlobalPermissionKey.ADMINISTER, user)}); javadoc:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/GlobalPermissionManager.html
 */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
