package com.atlassian.webresource.api;

/**
 * Declaration only, and partial: asks the page being rendered to include web resources. Only the two methods this
 * plugin calls are declared; the plugin never implements it. The package is Jira 10+'s (moved from
 * {@code com.atlassian.plugin.webresource.api}, per ../shared/reference/atlassian-api-reference.md §5 and
 * plugin-anatomy.md); javadoc: https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/WebResourceManager.html
 * (method names verified there for the older package; unverified for the moved class).
 */
public interface WebResourceManager {
    void requireResource(String moduleCompleteKey);

    void requireResourcesForContext(String context);
}
