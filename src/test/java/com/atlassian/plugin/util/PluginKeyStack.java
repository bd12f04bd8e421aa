package com.atlassian.plugin.util;

/**
 * Stand-in for the plugin framework's record of which plugin is calling, which the Active Objects
 * library reads to tag its metrics. Outside Jira no plugin is on the stack. Test scope only: never
 * packaged.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {}

    public static String getFirstPluginKey() {
        return null;
    }
}
