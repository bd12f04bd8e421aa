package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.SavedObject;
import org.junit.Before;
import org.junit.Test;

/**
 * The messages of domain failures exist in both languages: every {@link ErrorKey}, {@link
 * FieldLabel} and {@link SavedObject} and {@link Attempt}, and every error key the web layer names.
 * The English bundle says what the domain's English says, and a Dutch pattern fills in the same
 * arguments as its English one.
 */
public class ErrorKeyBundlesTest {
    private static final Pattern WEB_KEY_PREFIX =
            Pattern.compile("KEY = \"(experimentlog\\.error\\.[a-z.]+\\.)\"");
    private static final Pattern WEB_KEY_SUFFIX = Pattern.compile("KEY \\+ \"([a-z0-9\\-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

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
                ErrorKeyBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    public void everyKeyTheDomainUses_shouldExistInBothBundles() {
        Set<String> missing = new TreeSet<>();

        for (String key : domainKeys().keySet()) {
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!dutch.containsKey(key)) {
                missing.add("nl: " + key);
            }
        }

        assertEquals(Set.of(), missing);
    }

    @Test
    public void englishBundle_shouldSayWhatTheDomainSays() {
        Map<String, String> different = new TreeMap<>();

        domainKeys()
                .forEach(
                        (key, words) -> {
                            if (!words.equals(english.getProperty(key))) {
                                different.put(key, english.getProperty(key) + " <> " + words);
                            }
                        });

        assertEquals(Map.of(), different);
    }

    @Test
    public void dutchPatterns_shouldFillInTheSameArgumentsAsTheEnglish() {
        List<String> wrong = new ArrayList<>();

        for (ErrorKey key : ErrorKey.values()) {
            String dutchPattern = dutch.getProperty(key.key(), "");
            new MessageFormat(dutchPattern, Locale.forLanguageTag("nl"));
            if (!arguments(dutchPattern).equals(arguments(key.pattern()))) {
                wrong.add(key.key());
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    public void everyErrorKeyTheWebLayerNames_shouldExistInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/experimentlog/web"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher prefix = WEB_KEY_PREFIX.matcher(text);
                if (prefix.find()) {
                    Matcher suffix = WEB_KEY_SUFFIX.matcher(text);
                    while (suffix.find()) {
                        used.add(prefix.group(1) + suffix.group(1));
                    }
                }
            }
        }
        for (String kind : List.of("other", "number", "boolean", "text", "list", "object")) {
            used.add("experimentlog.error.body.expected." + kind);
        }

        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(key -> english.containsKey(key) && dutch.containsKey(key));

        assertEquals(Set.of(), missing);
        assertEquals(true, used.contains("experimentlog.error.http.404"));
    }

    /** Every key the domain builds a message from, with the English words it uses for it. */
    private static Map<String, String> domainKeys() {
        Map<String, String> keys = new TreeMap<>();
        for (ErrorKey key : ErrorKey.values()) {
            keys.put(key.key(), key.pattern());
        }
        List<Phrase> phrases = new ArrayList<>(List.of(FieldLabel.values()));
        phrases.addAll(List.of(SavedObject.values()));
        phrases.addAll(List.of(Attempt.values()));
        phrases.add(Phrase.of("experimentlog.group.control", "control"));
        phrases.add(Phrase.of("experimentlog.group.variant", "variant"));
        for (Phrase phrase : phrases) {
            keys.put(phrase.key(), phrase.english());
        }
        return keys;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
