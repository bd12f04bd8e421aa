package com.atlassian.plugin;

/**
 * Declaration only: thrown when a module's configuration in the descriptor cannot be used.
 *
 * <p>From atlassian-plugins-api 7.4.0 (decompiled; ../shared/reference/atlassian-api-reference.md
 * §5); javadoc:
 * https://docs.atlassian.com/atlassian-plugins/latest/com/atlassian/plugin/PluginParseException.html
 */
public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {}

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
