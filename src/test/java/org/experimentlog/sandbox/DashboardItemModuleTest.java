package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.experimentlog.testing.PluginDescriptor;
import org.junit.Test;

/**
 * The sandbox refuses a dashboard item declared other than Jira's "Dashboard item module" page
 * describes, or one it could not draw: no definition title, a name without translation, a thumbnail
 * that is not served, a context provider that is none, an AMD module nothing defines.
 */
public class DashboardItemModuleTest {
    private static final String RESOURCES =
            "<resource type=\"i18n\" name=\"i18n\" location=\"i18n.experiment-log\"/>"
                    + "<web-resource key=\"dashboard-item-resources\">"
                    + "<resource type=\"download\" name=\"dashboard-items.js\" location=\"js/dashboard-items.js\"/>"
                    + "<resource type=\"download\" name=\"dashboard-item.svg\" location=\"images/dashboard-item.svg\"/>"
                    + "<context>%s</context></web-resource>";

    private static final String THUMBNAIL =
            "<thumbnail location=\"/download/resources/org.experimentlog.experiment-log:dashboard-item-resources/dashboard-item.svg\"/>";

    private static PluginDescriptor parse(String context, String item) {
        String xml =
                "<atlassian-plugin key=\"org.experimentlog.experiment-log\" name=\"t\" plugins-version=\"2\">"
                        + String.format(RESOURCES, context)
                        + item
                        + "</atlassian-plugin>";
        return PluginDescriptor.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String item(String definition, String rest) {
        return "<dashboard-item key=\"learned\" i18n-name-key=\"experimentlog.dashboard.learned.title\""
                + " configurable=\"true\">"
                + definition
                + "<description key=\"experimentlog.dashboard.learned.description\"/>"
                + rest
                + "</dashboard-item>";
    }

    private static String definition(String thumbnail) {
        return "<definition><title key=\"experimentlog.dashboard.learned.title\"/>"
                + "<categories><category>Jira</category></categories>"
                + "<author><name>Experiment Log</name></author>"
                + thumbnail
                + "</definition>";
    }

    private static final String AMD =
            "<amd-module>experiment-log/dashboard-item/learned</amd-module>";

    private static String refusal(String context, String item) {
        return assertThrows(IllegalStateException.class, () -> parse(context, item)).getMessage();
    }

    @Test
    public void parse_shouldReadTheDashboardItem_whenDeclaredAsJiraDocumentsIt() {
        PluginDescriptor target = parse("atl.dashboard", item(definition(THUMBNAIL), AMD));

        PluginDescriptor.DashboardItemModule module = target.dashboardItems().get(0);
        assertEquals("experiment-log/dashboard-item/learned", module.amdModule());
        assertEquals("experimentlog.dashboard.learned.title", module.titleKey());
        assertTrue(module.configurable());
    }

    @Test
    public void load_shouldReadBothDashboardItemsOfTheRealDescriptor() {
        PluginDescriptor target = PluginDescriptor.load();

        assertEquals(
                List.of(
                        "experiment-log/dashboard-item/learned",
                        "experiment-log/dashboard-item/stages"),
                target.dashboardItems().stream()
                        .map(PluginDescriptor.DashboardItemModule::amdModule)
                        .toList());
    }

    @Test
    public void parse_shouldRefuseAnItem_whoseAmdModuleIsDefinedOutsideTheDashboardContext() {
        assertTrue(
                refusal("atl.general", item(definition(THUMBNAIL), AMD))
                        .contains("is defined by no web resource in the context atl.dashboard"));
    }

    @Test
    public void parse_shouldRefuseAnItem_withoutAmdModule() {
        assertTrue(
                refusal("atl.dashboard", item(definition(THUMBNAIL), ""))
                        .contains("has no <amd-module>"));
    }

    @Test
    public void parse_shouldRefuseAnItem_whoseAmdModuleNothingDefines() {
        assertTrue(
                refusal(
                                "atl.dashboard",
                                item(
                                        definition(THUMBNAIL),
                                        "<amd-module>experiment-log/dashboard-item/none</amd-module>"))
                        .contains("AMD module experiment-log/dashboard-item/none"));
    }

    @Test
    public void parse_shouldRefuseAnItem_withoutDefinitionTitle() {
        assertTrue(
                refusal(
                                "atl.dashboard",
                                item(
                                        "<definition><categories><category>Jira</category></categories></definition>",
                                        AMD))
                        .contains("has no <definition><title key>"));
    }

    @Test
    public void parse_shouldRefuseAnItem_whoseThumbnailIsNotServed() {
        assertTrue(
                refusal(
                                "atl.dashboard",
                                item(
                                        definition(
                                                "<thumbnail location=\"/download/resources/org.experimentlog.experiment-log:dashboard-item-resources/missing.png\"/>"),
                                        AMD))
                        .contains("is not a resource of one of the plugin's web resources"));
    }

    @Test
    public void parse_shouldRefuseAnItem_whoseContextProviderIsNone() {
        assertTrue(
                refusal(
                                "atl.dashboard",
                                item(
                                        definition(THUMBNAIL),
                                        AMD
                                                + "<context-provider class=\"org.experimentlog.web.ui.dashboard.DashboardItemView\"/>"))
                        .contains("is not a com.atlassian.plugin.web.ContextProvider"));
    }

    @Test
    public void parse_shouldRefuseAnItem_whoseNameHasNoTranslation() {
        assertTrue(
                refusal(
                                "atl.dashboard",
                                item(definition(THUMBNAIL), AMD)
                                        .replace(
                                                "i18n-name-key=\"experimentlog.dashboard.learned.title\"",
                                                "i18n-name-key=\"experimentlog.dashboard.none\""))
                        .contains("names the i18n key experimentlog.dashboard.none"));
    }

    @Test
    public void parse_shouldRefuseAnItem_whoseConfigurableIsNotABoolean() {
        assertTrue(
                refusal(
                                "atl.dashboard",
                                item(definition(THUMBNAIL), AMD)
                                        .replace("configurable=\"true\"", "configurable=\"yes\""))
                        .contains("configurable=\"yes\""));
    }
}
