package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Set;
import org.apache.velocity.exception.VelocityException;
import org.junit.Before;
import org.junit.Test;

/** The sandbox renders templates as Jira does: escaped references, and only allowlisted methods. */
public class SandboxVelocityTest {
    /** A view object with an allowlisted getter and one that is not on the list. */
    public static final class View {
        public String getTitle() {
            return "<b>bold</b>";
        }

        public String getTitleHtml() {
            return "<b>bold</b>";
        }

        public String getSecret() {
            return "leaked";
        }
    }

    private SandboxVelocity target;

    @Before
    public void setUp() {
        target =
                new SandboxVelocity(
                        Set.of(
                                View.class.getName() + "#getTitle()",
                                View.class.getName() + "#getTitleHtml()"));
    }

    @Test
    public void render_shouldEscapeReferences_unlessTheirNameEndsInHtml() {
        String html =
                target.render(
                        "templates-test/escaping.vm",
                        Map.of(
                                "text",
                                "<script>x</script>",
                                "textHtml",
                                "<i>ok</i>",
                                "view",
                                new View()));

        assertEquals(
                "&lt;script&gt;x&lt;/script&gt;|<i>ok</i>|&lt;b&gt;bold&lt;/b&gt;|<b>bold</b>",
                html.strip());
    }

    @Test
    public void render_shouldParseATemplateOnce_asJiraCachesTemplates() {
        target.render(
                "templates-test/escaping.vm",
                Map.of("text", "a", "textHtml", "b", "view", new View()));
        Object first = target.parsed("templates-test/escaping.vm");

        String second =
                target.render(
                        "templates-test/escaping.vm",
                        Map.of("text", "<c>", "textHtml", "d", "view", new View()));

        assertTrue(first == target.parsed("templates-test/escaping.vm"));
        assertTrue(second, second.startsWith("&lt;c&gt;|d|"));
    }

    @Test
    public void render_shouldFail_whenATemplateCallsAMethodNotOnTheAllowlist() {
        VelocityException e =
                assertThrows(
                        VelocityException.class,
                        () ->
                                target.render(
                                        "templates-test/unlisted.vm", Map.of("view", new View())));

        assertTrue(
                e.getMessage(),
                e.getMessage().contains(View.class.getName() + "#getSecret() is not allowed"));
        assertTrue(e.getMessage(), e.getMessage().contains("templates-test/unlisted.vm line 1"));
    }

    @Test
    public void render_shouldRefuseGetClass_evenOnJdkValues() {
        VelocityException e =
                assertThrows(
                        VelocityException.class,
                        () ->
                                target.render(
                                        "templates-test/getclass.vm",
                                        Map.of("text", "plain text")));

        assertTrue(
                e.getMessage(),
                e.getMessage().contains("java.lang.String#getClass() is not allowed"));
    }
}
