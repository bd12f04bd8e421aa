package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration only, and partial: Jira's groups. Only the two methods this plugin calls are declared.
 *
 * <p>Not in the shared reference. {@code groupExists(String)} ("Returns true if the given group name exists",
 * @since v3.13) is in a public copy of jira-api's {@code GroupManager.java}; {@code isUserInGroup(ApplicationUser,
 * String)} (direct or nested membership) is called by public plugin code ({@code groupManager.isUserInGroup(user,
 * groupName)}) and listed at https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html.
 * Both are UNVERIFIED against jira-api 11.
 */
public interface GroupManager {
    boolean groupExists(String groupName);

    boolean isUserInGroup(ApplicationUser user, String groupName);
}
