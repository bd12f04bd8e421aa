package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;
import java.util.Map;

/**
 * Declaration only, complete: decides whether a web fragment (panel, item, section) is shown.
 *
 * <p>From atlassian-plugins-webfragment-api 6.0.1 (decompiled), unchanged package in Jira 10
 * (../shared/reference/atlassian-api-reference.md §5); javadoc:
 * https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/Condition.html
 */
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
