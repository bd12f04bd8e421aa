package com.atlassian.jira.exception;

/**
 * Declaration only: the unchecked exception Jira's managers throw when the database cannot be read
 * or written.
 *
 * <p>Name, package and superclass from ../shared/reference/atlassian-api-reference.md §6
 * ("DataAccessException = com.atlassian.jira.exception.DataAccessException (RuntimeException)") and
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html. The constructor
 * is UNVERIFIED; the plugin never constructs one.
 */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
