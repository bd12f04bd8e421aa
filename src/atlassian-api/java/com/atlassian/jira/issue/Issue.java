package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Declaration only, and partial: a Jira issue. Only the methods this plugin calls are declared (the
 * real interface also extends OfBizValueWrapper, IssueContext, WithId and WithKey and has many more
 * methods); the plugin never implements it. Signatures from
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html and
 * ../shared/reference/atlassian-api-reference.md §6.
 */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();
}
