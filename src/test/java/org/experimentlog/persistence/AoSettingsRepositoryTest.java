package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;
import org.junit.Before;
import org.junit.Test;

public class AoSettingsRepositoryTest extends RepositoryContract {
    private AoSettingsRepository target;

    @Before
    public void setUp() {
        target = new AoSettingsRepository(ao);
    }

    private static AppSettings strict(long version) {
        return new AppSettings(false, false, "outcome-managers", 0.99, version);
    }

    @Test
    public void load_shouldReturnTheDefaults_whenNothingWasSaved() {
        AppSettings loaded = target.load();

        assertEquals(AppSettings.defaults(), loaded);
    }

    @Test
    public void save_shouldStoreEveryFieldAndBumpTheVersion_whenSavedForTheFirstTime() {
        AppSettings settings = strict(0);

        AppSettings saved = target.save(settings);

        assertEquals(strict(1), saved);
        assertEquals(strict(1), target.load());
    }

    @Test
    public void save_shouldStoreNoGroup_whenTheGroupIsRemoved() {
        AppSettings stored = target.save(strict(0));

        target.save(new AppSettings(true, true, " ", 0.8, stored.version()));

        assertEquals(new AppSettings(true, true, null, 0.8, 2), target.load());
    }

    @Test
    public void save_shouldStoreThePromptsPerLanguage_andForgetOnesSetBackToTheBuiltInExample() {
        AppSettings first =
                withPrompts(
                        HypothesisPrompts.of(
                                Map.of(
                                        "en",
                                                Map.of(
                                                        HypothesisPart.CHANGE,
                                                        "e.g. a shorter form",
                                                        HypothesisPart.SIGNAL,
                                                        "e.g. 75% finish"),
                                        "nl",
                                                Map.of(
                                                        HypothesisPart.REASON,
                                                        "bijv. omdat het oude formulier te lang is"))),
                        0);
        AppSettings stored = target.save(first);

        target.save(
                withPrompts(
                        HypothesisPrompts.of(
                                Map.of("en", Map.of(HypothesisPart.CHANGE, "e.g. a map"))),
                        stored.version()));

        AppSettings loaded = target.load();
        assertEquals(
                Optional.of("e.g. a map"),
                loaded.hypothesisPrompts().prompt("en", HypothesisPart.CHANGE));
        assertEquals(
                Optional.empty(), loaded.hypothesisPrompts().prompt("en", HypothesisPart.SIGNAL));
        assertEquals(
                Optional.empty(), loaded.hypothesisPrompts().prompt("nl", HypothesisPart.REASON));
        assertEquals(2, loaded.version());
    }

    @Test
    public void load_shouldReadThePromptsBackExactly_whenTheyHoldMarkupAndAccents() {
        HypothesisPrompts prompts =
                HypothesisPrompts.of(
                        Map.of(
                                "nl",
                                Map.of(
                                        HypothesisPart.AUDIENCE,
                                        "<b>bewoners</b> & \"ondernemers\" — één")));

        target.save(withPrompts(prompts, 0));

        assertEquals(prompts, target.load().hypothesisPrompts());
    }

    private static AppSettings withPrompts(HypothesisPrompts prompts, long version) {
        return new AppSettings(true, true, null, 0.95, prompts, version);
    }

    @Test
    public void save_shouldStoreTheDefaults_whenSavedUnchanged() {
        AppSettings saved = target.save(AppSettings.defaults());

        AppSettings loaded = target.load();

        assertEquals(new AppSettings(true, true, null, 0.95, 1), saved);
        assertEquals(saved, loaded);
    }

    @Test
    public void
            save_shouldRaiseStaleVersion_andKeepTheFirstWrite_whenTwoWritersUseTheSameVersion() {
        target.save(strict(0));

        assertThrows(StaleVersionException.class, () -> target.save(AppSettings.defaults()));

        assertEquals(strict(1), target.load());
    }

    @Test
    public void save_shouldRaiseStaleVersion_whenTheSettingsChangedTwiceSinceTheyWereRead() {
        AppSettings first = target.save(AppSettings.defaults());
        target.save(strict(first.version()));

        assertThrows(StaleVersionException.class, () -> target.save(AppSettings.defaults()));

        assertEquals(strict(2), target.load());
    }

    @Test
    public void save_shouldRaiseStaleVersion_whenTheVersionIsAheadOfTheStoredOne() {
        target.save(strict(0));

        assertThrows(StaleVersionException.class, () -> target.save(strict(5)));

        assertEquals(strict(1), target.load());
    }

    @Test
    public void load_shouldUseTheDefault_whenASettingWasNeverStored() {
        target.save(strict(0));
        ao.deleteWithSQL(
                AoSetting.class,
                AoSetting.SETTING_KEY + " = ?",
                AoSettingsRepository.CONFIDENCE_LEVEL);

        AppSettings loaded = target.load();

        assertEquals(new AppSettings(false, false, "outcome-managers", 0.95, 1), loaded);
    }

    @Test
    public void save_shouldLetExactlyOneConcurrentWriterWin_whenSettingsAreSavedForTheFirstTime()
            throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String group = "group-" + i;
            Callable<String> write =
                    () -> {
                        start.await();
                        try {
                            tx(() -> target.save(new AppSettings(false, true, group, 0.9, 0)));
                            return group;
                        } catch (StaleVersionException e) {
                            return "stale";
                        }
                    };
            outcomes.add(pool.submit(write));
        }

        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<String> winners = results.stream().filter(r -> !r.equals("stale")).toList();
        assertEquals(results.toString(), 1, winners.size());
        assertEquals(new AppSettings(false, true, winners.get(0), 0.9, 1), target.load());
        Map<String, Integer> rowsPerKey = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class)) {
            rowsPerKey.merge(row.getSettingKey(), 1, Integer::sum);
        }
        assertEquals(
                Map.of(
                        AoSettingsRepository.ANONYMOUS_STORIES_ALLOWED,
                        1,
                        AoSettingsRepository.STORIES_VISIBLE_TO_EVERYONE,
                        1,
                        AoSettingsRepository.OUTCOME_MANAGER_GROUP,
                        1,
                        AoSettingsRepository.CONFIDENCE_LEVEL,
                        1,
                        AoSettingsRepository.VERSION,
                        1),
                rowsPerKey);
    }
}
