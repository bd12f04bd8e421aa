package org.experimentlog.sandbox;

import com.atlassian.plugin.web.Condition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.experimentlog.testing.PluginDescriptor;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * The conditions of the descriptor's web sections and web items, built once by Spring with their
 * dependencies, as the plugin framework does; a fragment shows when all of its conditions agree.
 */
final class WebFragmentConditions {
    private final Map<String, Condition> built = new HashMap<>();

    WebFragmentConditions(PluginDescriptor descriptor, ApplicationContext spring) {
        var factory = spring.getAutowireCapableBeanFactory();
        for (PluginDescriptor.WebSectionModule section : descriptor.webSections()) {
            section.conditions().forEach(name -> build(factory, name));
        }
        for (PluginDescriptor.WebItemModule item : descriptor.webItems()) {
            item.conditions().forEach(name -> build(factory, name));
        }
    }

    private void build(AutowireCapableBeanFactory factory, String name) {
        if (name.startsWith("com.atlassian.")) {
            throw new IllegalStateException(
                    "The sandbox does not provide Jira's condition " + name);
        }
        built.computeIfAbsent(
                name,
                n -> {
                    try {
                        Condition condition = (Condition) factory.createBean(Class.forName(n));
                        condition.init(Map.of());
                        return condition;
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("No condition class " + n, e);
                    }
                });
    }

    /** Whether a fragment with these conditions shows for the current request. */
    boolean shows(List<String> conditions) {
        return conditions.stream().allMatch(name -> built.get(name).shouldDisplay(Map.of()));
    }
}
