package org.experimentlog.sandbox;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Jira's template renderer in the sandbox: the plugin's Velocity templates, escaped and allowlisted
 * as in Jira.
 */
final class SandboxTemplateRenderer implements TemplateRenderer {
    private final SandboxVelocity velocity;

    SandboxTemplateRenderer(SandboxVelocity velocity) {
        this.velocity = velocity;
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws IOException {
        try {
            writer.write(velocity.render(templateName, context));
        } catch (RuntimeException e) {
            throw new RenderingException("Could not render " + templateName, e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new RenderingException("The plugin renders templates from files only");
    }

    @Override
    public boolean resolve(String templateName) {
        return getClass().getClassLoader().getResource(templateName) != null;
    }
}
