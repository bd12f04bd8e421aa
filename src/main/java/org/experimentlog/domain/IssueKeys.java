package org.experimentlog.domain;

import java.util.regex.Pattern;

/** The shape of Jira issue and project keys. */
public final class IssueKeys {
    /** Jira's default project key pattern is {@code [A-Z][A-Z]+}; admins may allow digits and underscores. */
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final Pattern ISSUE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}");

    private IssueKeys() {
    }

    public static boolean isValid(String issueKey) {
        return issueKey != null && ISSUE.matcher(issueKey).matches();
    }

    public static boolean isValidProject(String projectKey) {
        return projectKey != null && PROJECT.matcher(projectKey).matches();
    }
}
