package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.ResultMeasure.Mean;
import org.experimentlog.domain.experiment.ResultMeasure.Observed;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.experimentlog.domain.experiment.ResultMeasure.Qualitative;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every finding the statistics can produce has a message in English and Dutch that uses all its
 * arguments.
 */
public class StatisticsMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/experimentlog/stats");
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("KEY_PREFIX \\+ \"([a-z.]+)\"|\"(experimentlog\\.stats\\.[a-z.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** One measure for each finding the code can produce. */
    private static final List<ResultMeasure> EVERY_FINDING =
            List.of(
                    new Proportion(128, 39, 214, 94, 214.0 / 342),
                    new Proportion(100, 10, 100, 0, 0.5),
                    new Proportion(100, 30, 100, 32, 0.5),
                    new Proportion(100, 0, 100, 0, 0.5),
                    new Proportion(400, 40, 600, 90, 0.5),
                    new Proportion(2, 2, 2, 0, 0.5),
                    new Mean(10, 5.5, 3.03, 14, 13.5, 4.03),
                    new Mean(14, 13.5, 4.03, 10, 5.5, 3.03),
                    new Mean(10, 0.75, 1.79, 10, 2.33, 2.0),
                    new Mean(5, 10, 0, 5, 12, 0),
                    new Observed(12, 9, "minutes"),
                    new Observed(0, 40, null),
                    new Qualitative("Residents look for the form under parking.", null));

    private static Properties english;
    private static Properties dutch;

    @BeforeClass
    public static void loadBundles() throws IOException {
        english = bundle("i18n/experiment-log.properties");
        dutch = bundle("i18n/experiment-log_nl.properties");
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                StatisticsMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> statisticsKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith(Finding.KEY_PREFIX))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(
                            matcher.group(1) != null
                                    ? Finding.KEY_PREFIX + matcher.group(1)
                                    : matcher.group(2));
                }
            }
        }
        return keys;
    }

    @Test
    public void bundles_shouldHaveEveryKeyTheCodeUses_whenScanningTheStatisticsSources()
            throws IOException {
        Set<String> used = keysUsedInCode();

        assertFalse("found no keys in " + SOURCES.toAbsolutePath(), used.isEmpty());
        for (String key : used) {
            assertTrue("missing in the English bundle: " + key, english.containsKey(key));
            assertTrue("missing in the Dutch bundle: " + key, dutch.containsKey(key));
        }
    }

    @Test
    public void bundles_shouldHaveNoUnusedStatisticsKeys_whenComparedWithTheCode()
            throws IOException {
        Set<String> used = keysUsedInCode();

        assertEquals(used, statisticsKeys(english));
        assertEquals(used, statisticsKeys(dutch));
    }

    @Test
    public void
            findings_shouldUseExactlyTheArgumentsTheMessagesExpect_whenFormattedInBothLanguages() {
        Set<String> produced = new TreeSet<>();
        ResultStatistics target = new ResultStatistics();

        for (ResultMeasure measure : EVERY_FINDING) {
            Finding finding = target.analyse(measure, 0.95).finding();
            produced.add(finding.key());
            for (Properties bundle : List.of(english, dutch)) {
                String pattern = bundle.getProperty(finding.key());
                assertEquals(finding.key(), finding.arguments().size(), placeholders(pattern));
                String text =
                        new MessageFormat(pattern, Locale.ROOT)
                                .format(finding.arguments().toArray());
                assertFalse(finding.key() + ": " + text, text.contains("{") || text.contains("'"));
            }
        }

        assertEquals(statisticsKeys(english), produced);
    }

    @Test
    public void bundles_shouldWriteTheExampleSentence_whenTheVariantRateIsHigher() {
        String text =
                new MessageFormat(
                                english.getProperty("experimentlog.stats.proportion.better"),
                                Locale.ROOT)
                        .format(new Object[] {"97", "4.1", "1.2", "7.0", "95", "10.0", "14.1"});

        assertEquals(
                "We are 97% sure the rate is higher in the variant: it rose from 10.0% to 14.1%, by 4.1 percentage points"
                        + " (95% interval 1.2 to 7.0).",
                text);
    }

    @Test
    public void bundles_shouldBeAscii_whenReadAsFiles() throws IOException {
        for (String name : List.of("experiment-log.properties", "experiment-log_nl.properties")) {
            String content = Files.readString(Path.of("src/main/resources/i18n", name));

            assertTrue(
                    name + " has non-ASCII text; escape it as \\uXXXX",
                    content.chars().allMatch(c -> c < 128));
        }
    }

    private static int placeholders(String pattern) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int highest = -1;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest + 1;
    }
}
