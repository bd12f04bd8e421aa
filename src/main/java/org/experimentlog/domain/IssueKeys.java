package org.experimentlog.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of Jira issue and project keys. */
public final class IssueKeys {
    /**
     * Jira's default project key pattern is {@code [A-Z][A-Z]+}; admins may allow digits and
     * underscores.
     */
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    private static final Pattern ISSUE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}");

    private IssueKeys() {}

    public static boolean isValid(String issueKey) {
        return issueKey != null && ISSUE.matcher(issueKey).matches();
    }

    /**
     * The key as Jira stores it: Jira matches issue keys without regard to case ({@code permit-8}
     * finds PERMIT-8), so every key a user types is upper-cased (and trimmed) before it is looked
     * up. Null stays null.
     */
    public static String normalized(String issueKey) {
        return issueKey == null ? null : issueKey.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The project part of an issue key ({@code PERMIT} of {@code PERMIT-8}); the whole text when it
     * has no dash.
     */
    public static String projectOf(String issueKey) {
        if (issueKey == null) {
            return "";
        }
        int dash = issueKey.lastIndexOf('-');
        return dash < 0 ? issueKey : issueKey.substring(0, dash);
    }

    public static boolean isValidProject(String projectKey) {
        return projectKey != null && PROJECT.matcher(projectKey).matches();
    }
}
