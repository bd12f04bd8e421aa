package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.HypothesisHint;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.ResultKind;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.junit.Before;
import org.junit.Test;

/**
 * The bundles police themselves: English and Dutch have the same keys, none empty, only ASCII
 * (escaped otherwise, as Jira reads them), and every key a template, the descriptor or the view
 * code uses exists.
 */
public class I18nBundlesTest {
    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("getText\\(\\s*[\"'](experimentlog\\.[a-zA-Z0-9.\\-]+)[\"']");
    private static final Pattern DESCRIPTOR_KEY =
            Pattern.compile("key=\"(experimentlog\\.[a-zA-Z0-9.\\-]+)\"");

    private Properties english;
    private Properties dutch;

    @Before
    public void setUp() throws IOException {
        english = load("i18n/experiment-log.properties");
        dutch = load("i18n/experiment-log_nl.properties");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    public void bundles_shouldHaveTheSameKeys_noneEmpty() {
        assertEquals(
                new TreeSet<>(english.stringPropertyNames()),
                new TreeSet<>(dutch.stringPropertyNames()));
        List<String> empty = new ArrayList<>();
        for (Properties bundle : List.of(english, dutch)) {
            bundle.stringPropertyNames().stream()
                    .filter(k -> bundle.getProperty(k).isBlank())
                    .forEach(empty::add);
        }
        assertEquals(List.of(), empty);
    }

    /**
     * The Dutch texts address the reader with the formal "u" only (see the style notes in
     * docs/architecture.md).
     */
    @Test
    public void dutchBundle_shouldAddressTheReaderWithUOnly() {
        Pattern informal = Pattern.compile("(?iu)\\b(je|jij|jou|jouw|jezelf)\\b");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            if (informal.matcher(dutch.getProperty(key)).find()) {
                wrong.add(key + "=" + dutch.getProperty(key));
            }
        }

        assertEquals(List.of(), wrong);
    }

    /**
     * Jira formats every text with MessageFormat, with or without arguments (its {@code
     * BackingI18n#formatI18nMsg}), and so does the sandbox: a lone apostrophe starts a quoted
     * section and is dropped, together with any argument after it. An apostrophe is written {@code
     * ''}.
     */
    @Test
    public void bundles_shouldWriteEveryApostropheTwice() {
        List<String> wrong = new ArrayList<>();
        for (Properties bundle : List.of(english, dutch)) {
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                if (bundle.getProperty(key).replace("''", "").contains("'")) {
                    wrong.add(key + "=" + bundle.getProperty(key));
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    public void bundles_shouldBeAscii() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String file :
                List.of(
                        "src/main/resources/i18n/experiment-log.properties",
                        "src/main/resources/i18n/experiment-log_nl.properties")) {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!StandardCharsets.US_ASCII.newEncoder().canEncode(lines.get(i))) {
                    wrong.add(file + ":" + (i + 1));
                }
            }
        }
        assertEquals("write non-ASCII characters as \\uXXXX", List.of(), wrong);
    }

    @Test
    public void everyKeyATemplateOrTheDescriptorUses_shouldExist() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".vm")).toList()) {
                collect(TEMPLATE_KEY, Files.readString(template), used);
            }
        }
        collect(DESCRIPTOR_KEY, Files.readString(Path.of("atlassian-plugin.xml")), used);

        used.removeAll(english.stringPropertyNames());

        assertEquals(Set.of(), used);
    }

    @Test
    public void everyKeyTheViewsBuildFromCodes_shouldExist() {
        Set<String> built = new TreeSet<>();
        add(built, "experimentlog.stage.", Stage.values());
        add(built, "experimentlog.verdict.", Verdict.values());
        add(built, "experimentlog.method.", Method.values());
        add(built, "experimentlog.decision.", Decision.values());
        add(built, "experimentlog.result.kind.", ResultKind.values());
        add(built, "experimentlog.hint.", HypothesisHint.values());
        add(built, "experimentlog.expected.", ExpectedDirection.values());
        add(built, "experimentlog.panel.move.", new Stage[] {Stage.RUNNING, Stage.ANALYSING});
        add(built, "experimentlog.factor.", ContributingFactor.values());
        add(built, "experimentlog.impact.", Impact.values());
        add(built, "experimentlog.report.scope.", ScopeKind.values());

        built.removeAll(english.stringPropertyNames());

        assertEquals(Set.of(), built);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static void add(Set<String> into, String prefix, Coded[] values) {
        for (Coded value : values) {
            into.add(prefix + value.code());
        }
    }
}
