package com.atlassian.jira.project;

import java.util.List;

/**
 * Declaration only, and partial: finds projects. Each method returns null when there is no such
 * project.
 *
 * <p>The three lookups are used in plugin code compiled against Jira 10 ([CODE10],
 * ../shared/reference/atlassian-api-reference.md §6); javadoc:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/ProjectManager.html. {@code
 * getProjects()} is not declared: its return type is unverified. {@code List<Project>
 * getProjectObjects()} (every project) is as public plugin code calls it; UNVERIFIED against
 * jira-api 11 itself.
 */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectByCurrentKey(String projectKey);

    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
