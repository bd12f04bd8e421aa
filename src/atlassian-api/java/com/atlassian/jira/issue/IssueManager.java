package com.atlassian.jira.issue;

import com.atlassian.jira.exception.DataAccessException;

/**
 * Declaration only, and partial: finds issues. Only the lookups this plugin may call are declared;
 * the real interface has many more methods, and the plugin never implements it.
 *
 * <p>Signatures from
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html and
 * ../shared/reference/atlassian-api-reference.md §6, where all four are seen in plugin code
 * compiled against Jira 10 ([CODE10]). {@code getIssueObject(String)} also finds an issue by a key
 * it had before it was moved; {@code getIssueByCurrentKey} does not (Jira javadoc; @ExperimentalApi
 * since 6.1).
 */
public interface IssueManager {
    MutableIssue getIssueObject(Long id) throws DataAccessException;

    MutableIssue getIssueObject(String key) throws DataAccessException;

    MutableIssue getIssueByCurrentKey(String key) throws DataAccessException;

    MutableIssue getIssueByKeyIgnoreCase(String key) throws DataAccessException;
}
