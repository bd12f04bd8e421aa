package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration only, and partial: Jira's own user lookups (not SAL's {@code
 * com.atlassian.sal.api.user.UserManager}).
 *
 * <p>Not in the shared reference, which names only the type (plugin-anatomy.md §3b). {@code
 * getUserByKey} is "@return the User object, or null if the user cannot be found including null
 * userkey. @since v6.0" in a public copy of jira-api's {@code UserManager.java}, and is listed in
 * https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html and called
 * by public plugin code; UNVERIFIED against jira-api 11.
 *
 * <p>{@code getUserByName}: "Returns an ApplicationUser based on user name", null when there is
 * none, in https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html
 * (Method Summary, since v6.0 with {@code ApplicationUser}); also not in the shared reference;
 * UNVERIFIED against jira-api 11.
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userkey);

    ApplicationUser getUserByName(String userName);
}
