package com.atlassian.jira.issue;

/**
 * Declaration only, and partial: an issue that can be changed. None of its setters are declared,
 * because this plugin never changes an issue; it is here because {@link IssueManager} returns it.
 *
 * <p>From https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html and
 * ../shared/reference/atlassian-api-reference.md §6.
 */
public interface MutableIssue extends Issue {}
