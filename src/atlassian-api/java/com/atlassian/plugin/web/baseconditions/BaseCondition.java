package com.atlassian.plugin.web.baseconditions;

/**
 * Declaration only: the empty marker interface of web-fragment conditions.
 *
 * <p>From atlassian-plugins-webfragment-api 6.0.1 (decompiled;
 * ../shared/reference/atlassian-api-reference.md §5); javadoc:
 * https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/baseconditions/BaseCondition.html
 */
public interface BaseCondition {}
