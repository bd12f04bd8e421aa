package com.atlassian.jira.issue.fields.config;

/**
 * Declaration only, and partial: a field configuration scheme; for issue types, a project's issue
 * type scheme. The plugin only passes it back to {@code IssueTypeSchemeManager}, so no method is
 * declared.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/fields/config/FieldConfigScheme.html
 * (the type name and package as used with IssueTypeSchemeManager in public plugin code; not checked
 * against jira-api 11 itself).
 */
public interface FieldConfigScheme {}
