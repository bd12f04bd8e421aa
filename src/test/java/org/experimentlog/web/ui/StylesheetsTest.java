package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The app's stylesheets restyle nothing of Jira's: every selector starts at one of the app's root
 * elements, nothing is {@code !important}, and every colour is a design token with its fallback
 * ({@code var(--ds-…, #…)}), so Jira's dark theme applies. The templates use AUI: every template
 * with a control carries AUI classes.
 *
 * <p>The public register is the one deliberate exception: its pages (the list and an entry, also
 * when the publish page shows an entry in a frame exactly as the public will see it) are whole
 * documents in the register's own layout, for citizens without a Jira account, without Jira's
 * chrome or script, styled only by {@code css/register.css}, which no web-resource context loads
 * into Jira. The publish page itself, with its forms, is a page in Jira's frame and uses AUI.
 */
public class StylesheetsTest {
    /**
     * The public register's own sheet: a standalone document's stylesheet, linked directly by its
     * pages only.
     */
    private static final String PUBLIC_SHEET = "register.css";

    /** The public register's templates, in its own layout. */
    private static final Set<String> PUBLIC_TEMPLATES =
            Set.of("register.vm", "register-entry.vm", "register-header.vm", "register-footer.vm");

    /** The app's roots: the panel, the pages, a page's own root, and the flags' live region. */
    private static final Pattern ROOT =
            Pattern.compile(
                    "^(\\.exlog-root|\\.exlog-page|\\.exlog-panel|\\.exlog-retro|\\.exlog-failure-page|\\.exlog-flags|#exlog-admin)([\\s.:#\\[>]|$)");

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
    private static final Pattern TOKEN_FALLBACK =
            Pattern.compile("var\\(--ds-[a-z0-9-]+,\\s*[^()]*?(\\([^()]*\\)[^()]*?)*\\)");

    private static List<Path> sheets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/css"))) {
            return files.filter(f -> f.toString().endsWith(".css"))
                    .filter(f -> !f.getFileName().toString().equals(PUBLIC_SHEET))
                    .sorted()
                    .toList();
        }
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    @Test
    public void everySelector_shouldStartAtAnAppRoot() throws IOException {
        List<String> global = new ArrayList<>();
        for (Path sheet : sheets()) {
            String css = withoutComments(Files.readString(sheet)).replaceAll("@media[^{]*\\{", "");
            Matcher rule = RULE.matcher(css);
            while (rule.find()) {
                for (String selector : rule.group(1).split(",")) {
                    String trimmed = selector.strip();
                    if (!trimmed.isEmpty() && !ROOT.matcher(trimmed).find()) {
                        global.add(sheet.getFileName() + ": " + trimmed);
                    }
                }
            }
        }
        assertEquals(List.of(), global);
    }

    @Test
    public void noRule_shouldBeImportant_andEveryColourShouldBeADesignToken() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path sheet : sheets()) {
            String css = withoutComments(Files.readString(sheet));
            if (css.contains("!important")) {
                wrong.add(sheet.getFileName() + ": !important");
            }
            Matcher hex = HEX.matcher(TOKEN_FALLBACK.matcher(css).replaceAll("TOKEN"));
            while (hex.find()) {
                wrong.add(sheet.getFileName() + ": " + hex.group() + " outside a design token");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void everyTemplateWithAControl_shouldUseAui() throws IOException {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    files.filter(f -> f.toString().endsWith(".vm"))
                            .filter(f -> !PUBLIC_TEMPLATES.contains(f.getFileName().toString()))
                            .sorted()
                            .toList()) {
                String html = Files.readString(template);
                boolean controls =
                        html.contains("<form")
                                || html.contains("<button")
                                || html.contains("<table");
                if (controls && !html.contains("aui-")) {
                    plain.add(template.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), plain);
    }

    @Test
    public void thePolicedSheets_shouldIncludeEveryPageAndPanelSheet_butNotThePublicRegisters()
            throws IOException {
        List<String> names = sheets().stream().map(f -> f.getFileName().toString()).toList();

        assertTrue(
                names.containsAll(
                        List.of(
                                "exlog.css",
                                "pages.css",
                                "experiment-panel.css",
                                "following.css",
                                "register-panel.css")));
        assertFalse(names.contains(PUBLIC_SHEET));
    }

    @Test
    public void thePublicRegistersSheet_shouldBeLoadedByNoContext_soItNeverReachesJirasPages()
            throws IOException {
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"));
        Matcher resource =
                Pattern.compile("(?s)<web-resource key=\"register-resources\".*?</web-resource>")
                        .matcher(descriptor);

        assertTrue(resource.find());
        assertTrue(resource.group().contains("css/" + PUBLIC_SHEET));
        assertFalse(resource.group().contains("<context>"));
        assertFalse(resource.group().contains("<dependency>"));
    }

    @Test
    public void thePublishPage_shouldBeInJirasFrame_andShowThePublicPageOnlyInAFrame()
            throws IOException {
        String page = Files.readString(Path.of("src/main/resources/templates/register-publish.vm"));
        String entry = Files.readString(Path.of("src/main/resources/templates/register-entry.vm"));

        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.general\">"));
        assertFalse("the register's own sheet stays out of Jira's frame", page.contains("cssHref"));
        assertTrue(page.contains("<iframe"));
        assertFalse("the public page has no forms of the team", entry.contains("register-publish"));
        assertFalse(entry.contains("<script"));
    }
}
