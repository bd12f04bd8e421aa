package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Declaration only, and partial: a Jira user. The key is stable; the user name can change. The real
 * interface also extends WithId and WithKey and has {@code getDirectoryUser()}, which is not
 * declared.
 *
 * <p>From https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html and
 * ../shared/reference/atlassian-api-reference.md §6 ({@code getId()} from
 * DelegatingApplicationUser,
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html).
 */
public interface ApplicationUser extends Principal {
    String getKey();

    String getUsername();

    @Override
    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();

    long getDirectoryId();

    Long getId();
}
