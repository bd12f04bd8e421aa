package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The app's stylesheets restyle nothing of Jira's: every selector starts at one of the app's root elements, nothing is
 * {@code !important}, and every colour is a design token with its fallback ({@code var(--ds-…, #…)}), so Jira's dark
 * theme applies. The templates use AUI: every template with a control carries AUI classes.
 */
public class StylesheetsTest {
    /** The app's roots: the panel, the pages, a page's own root, and the flags' live region. */
    private static final Pattern ROOT = Pattern.compile(
            "^(\\.exlog-root|\\.exlog-page|\\.exlog-panel|\\.exlog-retro|\\.exlog-failure-page|\\.exlog-flags|#exlog-admin)([\\s.:#\\[>]|$)");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
    private static final Pattern TOKEN_FALLBACK = Pattern.compile("var\\(--ds-[a-z0-9-]+,\\s*[^()]*?(\\([^()]*\\)[^()]*?)*\\)");

    private static List<Path> sheets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/css"))) {
            return files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
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
            for (Path template : files.filter(f -> f.toString().endsWith(".vm")).sorted().toList()) {
                String html = Files.readString(template);
                boolean controls = html.contains("<form") || html.contains("<button") || html.contains("<table");
                if (controls && !html.contains("aui-")) {
                    plain.add(template.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), plain);
    }
}
