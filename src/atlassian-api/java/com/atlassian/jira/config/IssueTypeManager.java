package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Declaration only, and partial: creates and lists issue types. Only the two methods this plugin
 * calls are declared.
 *
 * <p>Signatures from a public copy of jira-api's {@code IssueTypeManager.java} (@since 5.0, 6.3
 * additions), as given in ../shared/reference/atlassian-api-reference.md §6: {@code
 * createIssueType(name, description, avatarId)} adds the type to the default issue type scheme, and
 * {@code avatarId} must not be null; {@code getIssueTypes()} returns the regular and sub-task
 * types. Not checked against jira-api 11 itself. Javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/config/IssueTypeManager.html
 */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();
}
