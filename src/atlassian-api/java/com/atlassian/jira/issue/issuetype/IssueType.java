package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;

/**
 * Declaration only, and partial: an issue type (the real interface extends IssueConstant). Only the
 * methods this plugin calls are declared; the plugin never implements it. Signatures from
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/issuetype/IssueType.html and
 * ../shared/reference/atlassian-api-reference.md §6.
 *
 * <p>{@code isSubTask()} and {@code @Nullable Avatar getAvatar()} are declared in IssueType itself
 * in a public copy of jira-api's {@code IssueType.java} ("@return avatar or null if this item has
 * no avatar assigned"), and {@code getAvatar().getId()} is called by third-party plugin code built
 * for Jira 11 (jakarta.inject). The shared reference marks {@code getAvatar()} UNVERIFIED, so it is
 * UNVERIFIED against jira-api 11 here too. The reference also lists a {@code Long getAvatarId()};
 * the jira-api source has no such method, so it is not declared.
 */
public interface IssueType {
    String getId();

    String getName();

    boolean isSubTask();

    /** UNVERIFIED against jira-api 11 (see the class comment); null when the type has no avatar. */
    Avatar getAvatar();
}
