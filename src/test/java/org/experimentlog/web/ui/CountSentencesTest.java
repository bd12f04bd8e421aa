package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;

import java.io.Serializable;
import java.util.Locale;
import org.experimentlog.testing.BundleI18nResolver;
import org.junit.Before;
import org.junit.Test;

/**
 * The sentences with a count on the retrospective page and in its Markdown report, through the real
 * bundles and MessageFormat as the host formats them: one thing is singular, two are plural, in
 * English and in Dutch.
 */
public class CountSentencesTest {
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private BundleI18nResolver target;

    @Before
    public void setUp() {
        target = new BundleI18nResolver();
    }

    private String text(Locale locale, String key, Serializable... arguments) {
        return target.getText(locale, "experimentlog." + key, arguments);
    }

    @Test
    public void learningsSummary_shouldBeSingular_forOne_andPlural_forTwo() {
        assertEquals("1 learning recorded.", text(ENGLISH, "report.learnings.summary", 1));
        assertEquals("2 learnings recorded.", text(ENGLISH, "report.learnings.summary", 2));
        assertEquals("1 les vastgelegd.", text(DUTCH, "report.learnings.summary", 1));
        assertEquals("2 lessen vastgelegd.", text(DUTCH, "report.learnings.summary", 2));
        assertEquals(
                "1 learning recorded, the newest 1 listed.",
                text(ENGLISH, "report.learnings.summary.newest", 1, 1));
        assertEquals(
                "2 lessen vastgelegd; hieronder de nieuwste 2.",
                text(DUTCH, "report.learnings.summary.newest", 2, 2));
    }

    @Test
    public void iterationsAndStories_shouldBeSingular_forOne_andPlural_forTwo() {
        assertEquals(
                "1 iteration over 1 experiment.", text(ENGLISH, "report.iterations.summary", 1, 1));
        assertEquals(
                "2 iterations over 2 experiments.",
                text(ENGLISH, "report.iterations.summary", 2, 2));
        assertEquals(
                "1 iteratie verdeeld over 1 experiment.",
                text(DUTCH, "report.iterations.summary", 1, 1));
        assertEquals(
                "2 iteraties verdeeld over 2 experimenten.",
                text(DUTCH, "report.iterations.summary", 2, 2));
        assertEquals("1 story shared.", text(ENGLISH, "report.failures.summary", 1));
        assertEquals("2 verhalen gedeeld.", text(DUTCH, "report.failures.summary", 2));
        assertEquals("1 verhaal gedeeld.", text(DUTCH, "report.failures.summary", 1));
        assertEquals(
                "Iterations: 2, over 1 experiment of the period.",
                text(ENGLISH, "retro.iterations.total", 2, 1));
        assertEquals(
                "Iteraties: 1, over 2 experimenten van de periode.",
                text(DUTCH, "retro.iterations.total", 1, 2));
    }

    @Test
    public void chartDescriptions_shouldBeSingular_forOne_andPlural_forTwo() {
        assertEquals(
                "1 experiment ended: how many were validated, invalidated, inconclusive or abandoned.",
                text(ENGLISH, "retro.verdicts.chart.description", 1L));
        assertEquals(
                "2 experimenten eindigden: hoeveel er bevestigd, weerlegd, zonder uitsluitsel of gestopt zijn.",
                text(DUTCH, "retro.verdicts.chart.description", 2L));
        assertEquals(
                "1 experiment eindigde: hoeveel er bevestigd, weerlegd, zonder uitsluitsel of gestopt zijn.",
                text(DUTCH, "retro.verdicts.chart.description", 1L));
        assertEquals(
                "How many of the stories of the period (1 story) had a low, medium or high impact.",
                text(ENGLISH, "retro.impacts.chart.description", 1L));
        assertEquals(
                "How many of the stories of the period (2 stories) had a low, medium or high impact.",
                text(ENGLISH, "retro.impacts.chart.description", 2L));
    }

    @Test
    public void timeToLearning_shouldSayOneDay_andGroupAndPointNumbers_asTheLocaleDoes() {
        assertEquals(
                "Median 1 day; half of the experiments took between 1 and 2.5 days; the fastest took 1 day and "
                        + "the slowest 1,234; 2 experiments.",
                text(ENGLISH, "retro.time.chart.description", 1.0, 1.0, 2.5, 1, 1234, 2));
        assertEquals(
                "Mediaan 2,5 dagen; de helft van de experimenten duurde tussen 1 en 2,5 dagen; het snelste duurde "
                        + "2 dagen en het langzaamste 1.234; 1 experiment.",
                text(DUTCH, "retro.time.chart.description", 2.5, 1.0, 2.5, 2, 1234, 1));
    }
}
