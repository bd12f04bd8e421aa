package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.experimentlog.persistence.AoSchema;
import org.experimentlog.persistence.upgrade.v1.Upgrade1LatestMeasurement;
import org.experimentlog.persistence.upgrade.v2.Upgrade2SearchTerms;
import org.experimentlog.persistence.upgrade.v3.Upgrade3RegisteredLate;
import org.experimentlog.persistence.upgrade.v4.Upgrade4TermIndex;
import org.experimentlog.persistence.upgrade.v5.Upgrade5PanelCopies;
import org.experimentlog.testing.PluginDescriptor;
import org.junit.Test;

/** The sandbox refuses a broken descriptor, as Jira refuses to enable a plugin with one. */
public class PluginDescriptorTest {
    private static PluginDescriptor parse(String modules) {
        String xml =
                "<atlassian-plugin key=\"org.experimentlog.experiment-log\" name=\"t\" plugins-version=\"2\">"
                        + modules
                        + "</atlassian-plugin>";
        return PluginDescriptor.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void load_shouldReadTheRealDescriptor() {
        PluginDescriptor target = PluginDescriptor.load();

        assertEquals("org.experimentlog.experiment-log", target.pluginKey());
        assertEquals("/rest/experiment-log/1.0", target.restModules().get(0).mountPoint());
        assertEquals(AoSchema.ENTITIES, target.entities());
        assertEquals(
                List.of(
                        Upgrade1LatestMeasurement.class,
                        Upgrade2SearchTerms.class,
                        Upgrade3RegisteredLate.class,
                        Upgrade4TermIndex.class,
                        Upgrade5PanelCopies.class),
                target.upgradeTasks().stream().map(Object::getClass).toList());
        assertEquals(List.of("i18n.experiment-log"), target.i18nBundles());
    }

    @Test
    public void parse_shouldRefuseAnEntityThatDoesNotExist() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<ao key=\"ao\"><entity>org.experimentlog.persistence.AoNothing</entity></ao>"));

        assertEquals(
                "The <ao> entity org.experimentlog.persistence.AoNothing does not exist",
                e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAnUpgradeTaskThatIsNotOne() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<ao key=\"ao\"><upgradeTask>org.experimentlog.persistence.AoSchema</upgradeTask></ao>"));

        assertEquals(
                "The <ao> upgradeTask org.experimentlog.persistence.AoSchema is not an ActiveObjectsUpgradeTask",
                e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAServletThatIsNotAServlet() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<servlet key=\"s\" class=\"java.lang.String\"><url-pattern>/x</url-pattern></servlet>"));

        assertEquals("The servlet s (java.lang.String) is not an HttpServlet", e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAServletWithoutAnAccessLevel() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<servlet key=\"s\" class=\""
                                                + UnannotatedServlet.class.getName()
                                                + "\"><url-pattern>/x</url-pattern></servlet>"));

        assertEquals(
                "The servlet s ("
                        + UnannotatedServlet.class.getName()
                        + ") must declare exactly one access level "
                        + "of com.atlassian.annotations.security, not 0",
                e.getMessage());
    }

    @Test
    public void
            load_shouldGiveTheAdministrationPageToAdministratorsTheRegisterToEveryoneAndTheOtherPagesToLicensedUsers() {
        for (PluginDescriptor.ServletModule servlet : PluginDescriptor.load().servlets()) {
            boolean admin =
                    servlet.urlPatterns().stream()
                            .anyMatch(u -> u.startsWith("/experiment-log/admin"));
            // the public register, and a digest's unsubscribe link (its signed token is the
            // authority), need no login
            boolean open =
                    servlet.urlPatterns().contains("/experiment-log/register")
                            || servlet.urlPatterns().contains("/experiment-log/unsubscribe");
            assertEquals(
                    servlet.key(),
                    admin,
                    servlet.servletClass().isAnnotationPresent(AdminOnly.class));
            assertEquals(
                    servlet.key(),
                    open,
                    servlet.servletClass().isAnnotationPresent(UnrestrictedAccess.class));
            assertEquals(
                    servlet.key(),
                    !admin && !open,
                    servlet.servletClass().isAnnotationPresent(LicensedOnly.class));
        }
    }

    /** A servlet that says nothing about who may reach it. */
    public static class UnannotatedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    @Test
    public void parse_shouldRefuseAWebPanelWhoseTemplateIsMissing() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<web-panel key=\"p\" location=\"atl.jira.view.issue.left.context\">"
                                                + "<resource name=\"view\" type=\"velocity\" location=\"templates/missing.vm\"/></web-panel>"));

        assertEquals(
                "The web-panel p names the resource templates/missing.vm, which does not exist",
                e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAWebPanelWhoseContextProviderIsMissing() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<web-panel key=\"p\" location=\"l\"><context-provider class=\"org.experimentlog.jira.Nope\"/>"
                                                + "<resource name=\"view\" type=\"velocity\" location=\"i18n/experiment-log.properties\"/></web-panel>"));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .startsWith("The web-panel p names the class org.experimentlog.jira.Nope"));
    }

    @Test
    public void parse_shouldRefuseAWebResourceFileThatIsMissing() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<web-resource key=\"r\"><resource type=\"download\" name=\"a.js\" location=\"js/a.js\"/></web-resource>"));

        assertEquals(
                "The web-resource r names the resource js/a.js, which does not exist",
                e.getMessage());
    }

    @Test
    public void parse_shouldRefuseADependencyOnAWebResourceOfItsOwnThatIsMissing() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<web-resource key=\"r\"><dependency>org.experimentlog.experiment-log:nope</dependency></web-resource>"));

        assertEquals(
                "The web-resource r depends on org.experimentlog.experiment-log:nope, which does not exist",
                e.getMessage());
    }

    @Test
    public void resourceTags_shouldLoadTheWebResourcesAPageDependsOnFirstAndOnce() {
        PluginDescriptor target =
                parse(
                        "<web-resource key=\"page\"><dependency>com.atlassian.auiplugin:ajs</dependency>"
                                + "<dependency>org.experimentlog.experiment-log:shared</dependency>"
                                + "<resource type=\"download\" name=\"page.js\" location=\"js/admin.js\"/><context>c</context></web-resource>"
                                + "<web-resource key=\"other\"><dependency>org.experimentlog.experiment-log:shared</dependency>"
                                + "<resource type=\"download\" name=\"other.js\" location=\"js/outcome.js\"/><context>c</context></web-resource>"
                                + "<web-resource key=\"shared\"><resource type=\"download\" name=\"shared.js\" location=\"js/forms.js\"/>"
                                + "</web-resource>");

        String prefix = "<script src=\"/x/download/resources/org.experimentlog.experiment-log:";
        assertEquals(
                prefix
                        + "shared/shared.js\" defer></script>"
                        + prefix
                        + "page/page.js\" defer></script>"
                        + prefix
                        + "other/other.js\" defer></script>",
                WebPanels.resourceTags(target, "/x", "c"));
    }

    @Test
    public void parse_shouldRefuseAnAllowlistEntryWithoutSuchAMethod() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                parse(
                                        "<velocity-allowlist key=\"v\"><method>org.experimentlog.domain.experiment.Experiment#getNothing()</method></velocity-allowlist>"));

        assertEquals(
                "The velocity-allowlist entry org.experimentlog.domain.experiment.Experiment#getNothing() names no public method",
                e.getMessage());
    }

    @Test
    public void parse_shouldRefuseARestModuleWithoutPackage() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> parse("<rest key=\"rest\" path=\"/x\" version=\"1.0\"/>"));

        assertEquals("The <rest> module rest names no <package>", e.getMessage());
    }

    @Test
    public void parse_shouldReadValidModules() {
        PluginDescriptor target =
                parse(
                        "<web-resource key=\"r\"><dependency>com.atlassian.auiplugin:ajs</dependency>"
                                + "<resource type=\"download\" name=\"en.properties\" location=\"i18n/experiment-log.properties\"/>"
                                + "<context>atl.general</context></web-resource>"
                                + "<velocity-allowlist key=\"v\"><method>org.experimentlog.domain.experiment.Experiment#stage()</method></velocity-allowlist>");

        assertEquals(
                "i18n/experiment-log.properties",
                target.webResources().get(0).resources().get("en.properties"));
        assertEquals(List.of("atl.general"), target.webResources().get(0).contexts());
        assertEquals(
                List.of("org.experimentlog.domain.experiment.Experiment#stage()"),
                target.allowedMethods());
    }
}
