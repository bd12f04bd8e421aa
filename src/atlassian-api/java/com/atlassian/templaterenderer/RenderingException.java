package com.atlassian.templaterenderer;

/**
 * Declaration only: a template could not be rendered.
 *
 * <p>From atlassian-template-renderer-api 5.0.4 (decompiled;
 * ../shared/reference/atlassian-api-reference.md §3); javadoc:
 * https://docs.atlassian.com/atlassian-template-renderer/latest/com/atlassian/templaterenderer/RenderingException.html
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
