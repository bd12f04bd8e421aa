package com.atlassian.plugin;

/**
 * Declaration only: the plugin framework's base exception.
 *
 * <p>From atlassian-plugins-api 7.4.0 (decompiled; ../shared/reference/atlassian-api-reference.md
 * §5); javadoc:
 * https://docs.atlassian.com/atlassian-plugins/latest/com/atlassian/plugin/PluginException.html
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException() {}

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
