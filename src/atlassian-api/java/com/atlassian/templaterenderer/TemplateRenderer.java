package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Declaration only, complete: renders a plugin's Velocity templates from its jar, HTML-escaping
 * references.
 *
 * <p>From atlassian-template-renderer-api 5.0.4 (decompiled;
 * ../shared/reference/atlassian-api-reference.md §3); javadoc:
 * https://docs.atlassian.com/atlassian-template-renderer/latest/com/atlassian/templaterenderer/TemplateRenderer.html
 */
public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}
