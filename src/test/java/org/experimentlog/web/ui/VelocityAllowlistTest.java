package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.experimentlog.testing.PluginDescriptor;
import org.junit.Test;

/**
 * The velocity allowlist names exactly what the templates use: every allowlisted getter is called
 * by some template (nothing unused is allowed), and every property a template reads on a view
 * object has its getter allowlisted. The sandbox enforces the list at render time as well, so a
 * missing entry also fails the page tests.
 */
public class VelocityAllowlistTest {
    private static final Pattern PROPERTY =
            Pattern.compile("\\$!?\\{?[a-zA-Z]+((?:\\.[a-zA-Z]+)+)");

    private static Set<String> propertiesInTemplates() throws IOException {
        Set<String> properties = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                Matcher matcher = PROPERTY.matcher(Files.readString(template));
                while (matcher.find()) {
                    for (String part : matcher.group(1).substring(1).split("\\.")) {
                        properties.add(part);
                    }
                }
            }
        }
        properties.remove("getText");
        return properties;
    }

    private static String property(String entry) {
        String method = entry.substring(entry.indexOf('#') + 1, entry.length() - 2);
        String name = method.startsWith("get") ? method.substring(3) : method.substring(2);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    public void everyAllowlistedMethod_shouldBeUsedByATemplate() throws IOException {
        Set<String> used = propertiesInTemplates();
        List<String> unused = new ArrayList<>();

        for (String entry : PluginDescriptor.load().allowedMethods()) {
            if (!used.contains(property(entry))) {
                unused.add(entry);
            }
        }

        assertEquals(List.of(), unused);
    }

    @Test
    public void everyPropertyTheTemplatesRead_shouldBeAllowlistedOnSomeViewClass()
            throws IOException {
        Set<String> allowed = new TreeSet<>();
        PluginDescriptor.load().allowedMethods().forEach(entry -> allowed.add(property(entry)));
        Set<String> missing = propertiesInTemplates();

        missing.removeAll(allowed);

        assertEquals(Set.of(), missing);
    }
}
