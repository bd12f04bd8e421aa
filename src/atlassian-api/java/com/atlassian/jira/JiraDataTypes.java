package com.atlassian.jira;

/**
 * Declaration only, and partial: the known data types of JQL values; only {@code ISSUE} is
 * declared.
 *
 * <p>Evidence: {@code public static final JiraDataType ISSUE} in
 * https://docs.atlassian.com/software/jira/docs/api/10.7.0/com/atlassian/jira/JiraDataTypes.html .
 * The value here is this declaration's own stand-in (Jira's is a {@code JiraDataTypeImpl} of the
 * issue class); code compares it by identity or {@code equals}, as Jira's does, never by its class.
 */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE =
            new JiraDataType() {
                @Override
                public String toString() {
                    return "issue";
                }
            };

    public JiraDataTypes() {}
}
