package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Declaration only, and partial: Jira's groups. Only the two methods this plugin calls are
 * declared.
 *
 * <p>Not in the shared reference. {@code groupExists(String)} ("Returns true if the given group
 * name exists",
 *
 * @since v3.13) is in a public copy of jira-api's {@code GroupManager.java}; {@code
 *     isUserInGroup(ApplicationUser, String)} (direct or nested membership) is called by public
 *     plugin code ({@code groupManager.isUserInGroup(user, groupName)}) and listed at
 *     https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html.
 *     Both are UNVERIFIED against jira-api 11. {@code getUsersInGroup(String)} (the members of a
 *     group, nested ones included; {@code Collection<ApplicationUser>} since Jira 7) is listed on
 *     the same javadoc page and called by public scripts ({@code
 *     groupManager.getUsersInGroup(GROUP_NAME)}); the digests use it for a department's default
 *     followers. UNVERIFIED against jira-api 11 too.
 */
public interface GroupManager {
    boolean groupExists(String groupName);

    boolean isUserInGroup(ApplicationUser user, String groupName);

    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
