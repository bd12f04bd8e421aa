package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/**
 * Declaration only, and partial: the issue type schemes, which decide the issue types a project
 * offers. Only the methods this plugin calls are declared.
 *
 * <p>Signatures as implemented and called in public plugin code (mock implementations of the
 * interface with {@code FieldConfigScheme update(FieldConfigScheme, Collection<String>)} and {@code
 * boolean isDefaultIssueTypeScheme(FieldConfigScheme)}; calls of {@code getConfigScheme(Project)}
 * and {@code getIssueTypesForProject(Project)} returning {@code Collection<IssueType>}). UNVERIFIED
 * against jira-api 11 itself: the generic {@code Collection<String>} of {@code update} is as Jira
 * 7+ code implements it (older copies of the interface have a raw {@code Collection}). Javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/fields/config/manager/IssueTypeSchemeManager.html
 */
public interface IssueTypeSchemeManager {
    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
