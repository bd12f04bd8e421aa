package com.atlassian.jira.issue.issuetype;

/**
 * Declaration only, and partial: an issue type (the real interface extends IssueConstant). Only the methods this
 * plugin calls are declared; the plugin never implements it. Signatures from
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/issuetype/IssueType.html and
 * ../shared/reference/atlassian-api-reference.md §6.
 */
public interface IssueType {
    String getId();

    String getName();
}
