package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.experimentlog.testing.PluginDescriptor;
import org.junit.Test;

/**
 * The sandbox draws the top navigation by Jira's rule, so a descriptor that Jira would not show
 * shows nothing here.
 */
public class SandboxMenusTest {
    private static PluginDescriptor parse(String modules) {
        String xml =
                "<atlassian-plugin key=\"org.experimentlog.experiment-log\" name=\"t\" plugins-version=\"2\">"
                        + modules
                        + "</atlassian-plugin>";
        return PluginDescriptor.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void topNavigation_shouldDrawNothing_whenAWebSectionIsPlacedDirectlyInTheBar() {
        // The shape the descriptor had before: Jira never draws a web section located in
        // system.top.navigation.bar.
        PluginDescriptor target =
                parse(
                        "<web-section key=\"nav\" location=\"system.top.navigation.bar\" weight=\"1\">"
                                + "<label key=\"experimentlog.nav.section\"/></web-section>"
                                + "<web-item key=\"nav-outcomes\" section=\"system.top.navigation.bar/nav\" weight=\"10\">"
                                + "<label key=\"experimentlog.nav.outcomes\"/><link>/plugins/servlet/experiment-log/outcomes</link></web-item>");

        assertEquals(List.of(), SandboxMenus.topNavigation(target, conditions -> true));
    }

    @Test
    public void topNavigation_shouldDrawAMenu_fromAWebItemInTheBarAndTheSectionsAtItsKey() {
        PluginDescriptor target =
                parse(
                        "<web-item key=\"menu\" section=\"system.top.navigation.bar\" weight=\"5\">"
                                + "<label key=\"experimentlog.nav.menu\"/><link>/plugins/servlet/experiment-log/outcomes</link></web-item>"
                                + "<web-section key=\"links\" location=\"menu\" weight=\"1\"><label key=\"experimentlog.nav.section\"/></web-section>"
                                + "<web-item key=\"second\" section=\"menu/links\" weight=\"20\">"
                                + "<label key=\"experimentlog.nav.library\"/><link>/plugins/servlet/experiment-log/library</link></web-item>"
                                + "<web-item key=\"first\" section=\"menu/links\" weight=\"10\">"
                                + "<label key=\"experimentlog.nav.outcomes\"/><link>/plugins/servlet/experiment-log/outcomes</link></web-item>"
                                + "<web-item key=\"elsewhere\" section=\"system.top.navigation.bar/links\" weight=\"1\">"
                                + "<label key=\"experimentlog.nav.failures\"/><link>/plugins/servlet/experiment-log/failures</link></web-item>");

        List<SandboxMenus.Menu> menus = SandboxMenus.topNavigation(target, conditions -> true);

        assertEquals(1, menus.size());
        assertEquals("menu", menus.get(0).trigger().key());
        assertEquals(
                List.of("first", "second"),
                menus.get(0).sections().get(0).links().stream()
                        .map(SandboxMenus.Link::key)
                        .toList());
    }

    @Test
    public void topNavigation_shouldDrawTheRealDescriptorsExperimentsMenu_withItsPages() {
        List<SandboxMenus.Menu> menus =
                SandboxMenus.topNavigation(PluginDescriptor.load(), conditions -> true);

        assertEquals(
                List.of("experiment-log-menu"),
                menus.stream().map(m -> m.trigger().key()).toList());
        assertEquals(
                List.of(
                        "nav-outcomes",
                        "nav-failures",
                        "nav-library",
                        "nav-retrospectives",
                        "nav-following"),
                menus.get(0).sections().get(0).links().stream()
                        .map(SandboxMenus.Link::key)
                        .toList());
    }
}
