package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Declaration only, complete: adds to the context a web fragment's template is rendered with.
 *
 * <p>From atlassian-plugins-webfragment-api 6.0.1 (decompiled), unchanged package in Jira 10
 * (../shared/reference/atlassian-api-reference.md §5); javadoc:
 * https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/ContextProvider.html
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
