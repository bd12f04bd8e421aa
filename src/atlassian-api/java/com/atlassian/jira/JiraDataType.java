package com.atlassian.jira;

/**
 * Declaration only, and partial: the type of the values a JQL function produces. Our functions only
 * return {@link JiraDataTypes#ISSUE}, so no member is declared.
 *
 * <p>Evidence: {@code JiraDataType getDataType()} in
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/WatchedIssuesFunction.html
 * .
 */
public interface JiraDataType {}
