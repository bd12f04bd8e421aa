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
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.junit.Before;
import org.junit.Test;

/**
 * Audit summaries exist in both languages: every sentence key the use cases write and every word
 * that fills one in. The English bundle says what the domain's English says (so the stored English
 * summary reads as an English reader sees it), and a Dutch sentence fills in the same arguments.
 */
public class AuditKeyBundlesTest {
    private static final Pattern USED = Pattern.compile("AuditKey\\s*\\.\\s*([A-Z_]+)");

    /**
     * An argument with its format type ({@code {1,number}}, {@code {1,choice}}, plain {@code {1}}):
     * a Dutch sentence must format each argument as the English one does, or a number given as a
     * number could meet a pattern that expects text and fail at render time.
     */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)(,\\s*[a-z]+)?");

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
                AuditKeyBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    public void everyAuditKeyTheUseCasesWrite_shouldExistInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/experimentlog/app"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = USED.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(AuditKey.valueOf(matcher.group(1)).key());
                }
            }
        }
        Set<String> missing = new TreeSet<>();

        for (String key : used) {
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!dutch.containsKey(key)) {
                missing.add("nl: " + key);
            }
        }

        assertEquals(Set.of(), missing);
        assertEquals(
                "every sentence is written by a use case",
                List.of(AuditKey.values()).stream().map(AuditKey::key).toList().size(),
                used.size());
    }

    @Test
    public void englishBundle_shouldSayWhatTheDomainSays_forEverySentenceAndWord() {
        Map<String, String> different = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (AuditKey key : AuditKey.values()) {
            expected.put(key.key(), key.pattern());
        }
        for (Phrase word : AuditText.words()) {
            expected.put(word.key(), word.english());
        }

        expected.forEach(
                (key, words) -> {
                    if (!words.equals(english.getProperty(key))) {
                        different.put(key, english.getProperty(key) + " <> " + words);
                    }
                });

        assertEquals(Map.of(), different);
    }

    @Test
    public void dutchBundle_shouldHaveEveryWord() {
        List<String> missing = new ArrayList<>();

        for (Phrase word : AuditText.words()) {
            if (!dutch.containsKey(word.key())) {
                missing.add(word.key());
            }
        }

        assertEquals(List.of(), missing);
    }

    @Test
    public void dutchSentences_shouldFillInTheSameArgumentsAsTheEnglish() {
        List<String> wrong = new ArrayList<>();

        for (AuditKey key : AuditKey.values()) {
            String dutchPattern = dutch.getProperty(key.key(), "");
            new MessageFormat(dutchPattern, Locale.forLanguageTag("nl"));
            if (!arguments(dutchPattern).equals(arguments(key.pattern()))) {
                wrong.add(key.key());
            }
        }

        assertEquals(List.of(), wrong);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)));
        }
        return found;
    }
}
