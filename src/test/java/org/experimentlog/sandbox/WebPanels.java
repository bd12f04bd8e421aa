package org.experimentlog.sandbox;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.experimentlog.testing.PluginDescriptor;
import org.springframework.context.ApplicationContext;

/**
 * The descriptor's web panels, rendered the way Jira renders them at a location: each panel's
 * conditions decide whether it shows, its context provider adds to the page's context, and its
 * Velocity template renders with that context, escaped and allowlisted. Conditions and context
 * providers are built once, by Spring, with their dependencies injected, as the plugin framework
 * does.
 */
final class WebPanels {
    private record Panel(
            PluginDescriptor.WebPanelModule module,
            List<Condition> conditions,
            ContextProvider provider) {}

    private final List<Panel> panels = new ArrayList<>();
    private final SandboxVelocity velocity;

    WebPanels(PluginDescriptor descriptor, ApplicationContext spring) {
        this.velocity = new SandboxVelocity(Set.copyOf(descriptor.allowedMethods()));
        var factory = spring.getAutowireCapableBeanFactory();
        for (PluginDescriptor.WebPanelModule module : descriptor.webPanels()) {
            List<Condition> conditions = new ArrayList<>();
            for (String condition : module.conditions()) {
                if (condition.startsWith("com.atlassian.")) {
                    throw new IllegalStateException(
                            "The sandbox does not provide Jira's condition " + condition);
                }
                try {
                    Condition built = (Condition) factory.createBean(Class.forName(condition));
                    built.init(Map.of());
                    conditions.add(built);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("No condition class " + condition, e);
                }
            }
            ContextProvider provider =
                    module.contextProvider() == null
                            ? null
                            : (ContextProvider) factory.createBean(module.contextProvider());
            if (provider != null) {
                provider.init(Map.of());
            }
            panels.add(new Panel(module, conditions, provider));
        }
        panels.sort(Comparator.comparingInt(p -> p.module().weight()));
    }

    /** The HTML of every panel at the location that shows in this context, by weight. */
    String render(String location, Map<String, Object> context) {
        StringBuilder html = new StringBuilder();
        for (Panel panel : panels) {
            if (!panel.module().location().equals(location)
                    || !panel.conditions().stream().allMatch(c -> c.shouldDisplay(context))) {
                continue;
            }
            Map<String, Object> values =
                    panel.provider() == null
                            ? new HashMap<>(context)
                            : panel.provider().getContextMap(context);
            html.append("<div class=\"sandbox-web-panel\" id=\"")
                    .append(panel.module().key())
                    .append("\">")
                    .append(velocity.render(panel.module().template(), values))
                    .append("</div>");
        }
        return html.toString();
    }

    /**
     * The script and style tags of the web resources loaded in a page context, as Jira batches
     * them: each module after the plugin's own modules it depends on ({@code <dependency>}), and
     * each once. The host's modules (AUI) are not served here.
     */
    static String resourceTags(
            PluginDescriptor descriptor, String contextPath, String pageContext) {
        Set<String> included = new LinkedHashSet<>();
        StringBuilder tags = new StringBuilder();
        for (PluginDescriptor.WebResourceModule module : descriptor.webResources()) {
            if (module.contexts().contains(pageContext)) {
                appendTags(descriptor, contextPath, module, included, tags);
            }
        }
        return tags.toString();
    }

    private static void appendTags(
            PluginDescriptor descriptor,
            String contextPath,
            PluginDescriptor.WebResourceModule module,
            Set<String> included,
            StringBuilder tags) {
        if (!included.add(module.key())) {
            return;
        }
        for (String dependency : module.dependencies()) {
            descriptor
                    .webResource(dependency)
                    .ifPresent(d -> appendTags(descriptor, contextPath, d, included, tags));
        }
        for (String name : module.resources().keySet()) {
            String url =
                    contextPath
                            + "/download/resources/"
                            + descriptor.pluginKey()
                            + ":"
                            + module.key()
                            + "/"
                            + name;
            if (name.endsWith(".css")) {
                tags.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">");
            } else if (name.endsWith(".js")) {
                tags.append("<script src=\"").append(url).append("\" defer></script>");
            }
        }
    }
}
