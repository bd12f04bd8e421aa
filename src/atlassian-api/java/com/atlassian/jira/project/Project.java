package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration only, and partial: a Jira project. Only the methods listed in the shared reference
 * are declared; the plugin never implements it.
 *
 * <p>From https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/Project.html and
 * ../shared/reference/atlassian-api-reference.md §6.
 */
public interface Project {
    Long getId();

    String getKey();

    String getName();

    ApplicationUser getProjectLead();
}
