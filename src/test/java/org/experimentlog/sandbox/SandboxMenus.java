package org.experimentlog.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.experimentlog.testing.PluginDescriptor;

/**
 * Jira's rule for the top navigation bar, applied to the descriptor: every <em>web item</em> in
 * {@code system.top.navigation.bar} is a top-level entry; the web sections whose location is that
 * item's key make its drop-down menu, each holding the items of {@code <item key>/<section key>}. A
 * web section placed directly in {@code system.top.navigation.bar} is not an entry, so nothing of
 * it is drawn (as in Jira). Conditions are checked for every item and section; entries are ordered
 * by weight.
 */
final class SandboxMenus {
    /** Jira's top navigation bar location. */
    static final String TOP_BAR = "system.top.navigation.bar";

    /** A link of a menu. */
    record Link(String key, String labelKey, String link) {}

    /** A section of a drop-down menu. */
    record Section(String key, String labelKey, List<Link> links) {}

    /** A top-level entry: its link, and the sections of its drop-down (none for a plain link). */
    record Menu(Link trigger, List<Section> sections) {}

    private SandboxMenus() {}

    /** The top navigation's menus, by Jira's rule, with the fragments the conditions show. */
    static List<Menu> topNavigation(PluginDescriptor descriptor, Predicate<List<String>> shows) {
        List<Menu> menus = new ArrayList<>();
        descriptor.webItems().stream()
                .filter(item -> item.section().equals(TOP_BAR) && shows.test(item.conditions()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight))
                .forEach(
                        item ->
                                menus.add(
                                        new Menu(
                                                link(item),
                                                sectionsAt(descriptor, item.key(), shows))));
        return menus;
    }

    /**
     * The sections located at a location (a menu item's key, or {@code admin_plugins_menu}) with
     * their items.
     */
    static List<Section> sectionsAt(
            PluginDescriptor descriptor, String location, Predicate<List<String>> shows) {
        List<Section> sections = new ArrayList<>();
        descriptor.webSections().stream()
                .filter(
                        section ->
                                section.location().equals(location)
                                        && shows.test(section.conditions()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebSectionModule::weight))
                .forEach(
                        section -> {
                            List<Link> links =
                                    descriptor.webItems().stream()
                                            .filter(
                                                    item ->
                                                            item.section()
                                                                            .equals(
                                                                                    location
                                                                                            + "/"
                                                                                            + section
                                                                                                    .key())
                                                                    && shows.test(
                                                                            item.conditions()))
                                            .sorted(
                                                    Comparator.comparingInt(
                                                            PluginDescriptor.WebItemModule::weight))
                                            .map(SandboxMenus::link)
                                            .toList();
                            if (!links.isEmpty()) {
                                sections.add(new Section(section.key(), section.labelKey(), links));
                            }
                        });
        return sections;
    }

    private static Link link(PluginDescriptor.WebItemModule item) {
        return new Link(item.key(), item.labelKey(), item.link());
    }
}
