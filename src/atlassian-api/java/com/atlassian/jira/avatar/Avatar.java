package com.atlassian.jira.avatar;

/**
 * Declaration only, and partial: an avatar (icon) of a user, project or issue type. Only {@code
 * getId()} is declared.
 *
 * <p>UNVERIFIED: ../shared/reference/atlassian-api-reference.md §6 gives {@code
 * existing.getAvatar().getId()} as unverified advice; the Long return type is what third-party
 * plugin code built for Jira 11 relies on ({@code Long avatarId = avatar.getId()}). Javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/avatar/Avatar.html
 */
public interface Avatar {
    Long getId();
}
