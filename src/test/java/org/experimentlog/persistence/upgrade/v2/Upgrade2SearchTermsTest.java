package org.experimentlog.persistence.upgrade.v2;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.experimentlog.persistence.AoFailureStory;
import org.experimentlog.persistence.AoLearning;
import org.experimentlog.persistence.AoOutcome;
import org.experimentlog.persistence.AoSchema;
import org.experimentlog.persistence.RepositoryContract;
import org.experimentlog.persistence.SearchTerms;
import org.experimentlog.persistence.upgrade.v0.AoFailureStoryV0;
import org.experimentlog.persistence.upgrade.v0.AoLearningV0;
import org.experimentlog.persistence.upgrade.v0.AoMeasurementV0;
import org.experimentlog.persistence.upgrade.v0.AoOutcomeV0;
import org.experimentlog.persistence.upgrade.v1.Upgrade1LatestMeasurement;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Upgrade task 2 from each earlier model version, on H2 and PostgreSQL: a database built with the
 * frozen shapes of version 0, filled as the app filled it then, brought to version 1 by upgrade
 * task 1 where the test starts there, upgraded, then migrated to today's schema as Active Objects
 * does after the tasks, and read through today's entities. Model version 1 did not change the
 * learning and failure story tables, so their version 0 shapes ({@link AoLearningV0}, {@link
 * AoFailureStoryV0}) are their version 1 shapes too.
 */
@RunWith(Parameterized.class)
public class Upgrade2SearchTermsTest {
    @Parameter public AoDatabase.Kind kind;

    private AoDatabase database;
    private ActiveObjects ao;
    private final List<String> progress = new ArrayList<>();
    private Upgrade2SearchTerms target;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return RepositoryContract.databases();
    }

    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    @Before
    public void setUp() {
        database = AoDatabase.empty(kind);
        ao = database.activeObjects();
        ao.migrate(
                AoOutcomeV0.class,
                AoMeasurementV0.class,
                AoLearningV0.class,
                AoFailureStoryV0.class);
        target = new Upgrade2SearchTerms(progress::add);
    }

    @After
    public void tearDown() {
        database.close();
    }

    private int learning(String statement, String tags) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoLearningV0.EXPERIMENT_ID, 1);
        columns.put(AoLearningV0.STATEMENT, statement);
        columns.put(AoLearningV0.AUTHOR, "pia");
        columns.put(AoLearningV0.CREATED_AT, new Date());
        columns.put(AoLearningV0.ROW_VERSION, 1L);
        columns.put(AoLearningV0.PROJECT_KEY, "PERMIT");
        columns.put(AoLearningV0.DEPARTMENTS, "|");
        columns.put(AoLearningV0.OUTCOMES, "|");
        columns.put(AoLearningV0.TAGS, tags);
        columns.put(AoLearningV0.SEARCH_TEXT, statement == null ? null : statement.toLowerCase());
        return ao.create(AoLearningV0.class, columns).getID();
    }

    private int story(String title, String whatHappened) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoFailureStoryV0.TITLE, title);
        columns.put(AoFailureStoryV0.WHAT_HAPPENED, whatHappened);
        columns.put(AoFailureStoryV0.IMPACT, "low");
        columns.put(AoFailureStoryV0.TO_EVERYONE, true);
        columns.put(AoFailureStoryV0.AUDIENCE, "|");
        columns.put(AoFailureStoryV0.FACTORS, "|");
        columns.put(AoFailureStoryV0.ANONYMOUS, false);
        columns.put(AoFailureStoryV0.AUTHOR, "pia");
        columns.put(AoFailureStoryV0.CREATED_AT, new Date());
        columns.put(AoFailureStoryV0.UPDATED_AT, new Date());
        columns.put(AoFailureStoryV0.ROW_VERSION, 1L);
        columns.put(AoFailureStoryV0.SEARCH_TEXT, (title + " " + whatHappened).toLowerCase());
        return ao.create(AoFailureStoryV0.class, columns).getID();
    }

    private String learningTerms(int id) {
        return ao.get(AoLearning.class, id).getTerms();
    }

    private String storyTerms(int id) {
        return ao.get(AoFailureStory.class, id).getTerms();
    }

    @Test
    public void upgrade_shouldWriteTheTermsOfEveryLearningAndStory_fromModelVersion0() {
        int forms = learning("Residents finish one-page forms more often", "|online|permits|");
        int untagged = learning("Het nieuwe formulier werkt beter", "|");
        int empty = learning(null, "|");
        int letters = story("Reminders went to old addresses", "The letters came back");

        target.upgrade(ModelVersion.valueOf("0"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                SearchTerms.of("Residents finish one-page forms more often", "online permits"),
                learningTerms(forms));
        assertTrue(learningTerms(forms), learningTerms(forms).contains("|form|"));
        assertTrue(learningTerms(forms), learningTerms(forms).contains("|permit|"));
        assertEquals(
                SearchTerms.of("Het nieuwe formulier werkt beter", ""), learningTerms(untagged));
        assertEquals("|", learningTerms(empty));
        assertEquals(
                SearchTerms.of("reminders went to old addresses the letters came back"),
                storyTerms(letters));
        assertTrue(storyTerms(letters), storyTerms(letters).contains("|letter|"));
    }

    @Test
    public void upgrade_shouldWriteTheTerms_fromModelVersion1AfterUpgradeTask1() {
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(AoOutcomeV0.TITLE, "Permits");
        outcome.put(AoOutcomeV0.METRIC_KIND, "percentage");
        outcome.put(AoOutcomeV0.UNIT, "%");
        outcome.put(AoOutcomeV0.DIRECTION, "higher-is-better");
        outcome.put(AoOutcomeV0.BASELINE_VALUE, 60.0);
        outcome.put(AoOutcomeV0.BASELINE_DATE, "2026-01-01");
        outcome.put(AoOutcomeV0.TARGET_VALUE, 80.0);
        outcome.put(AoOutcomeV0.TARGET_DATE, "2026-12-31");
        outcome.put(AoOutcomeV0.OWNER_DEPARTMENT_ID, 1);
        outcome.put(AoOutcomeV0.STATUS, "active");
        outcome.put(AoOutcomeV0.CREATED_BY, "pia");
        outcome.put(AoOutcomeV0.CREATED_AT, new Date());
        outcome.put(AoOutcomeV0.ROW_VERSION, 1L);
        int permits = ao.create(AoOutcomeV0.class, outcome).getID();
        int forms = learning("Uploaded documents got lost", "|aanvraag|");
        int lost = story("Uploaded documents got lost", "Check the upload");
        new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);

        target.upgrade(ModelVersion.valueOf("1"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                SearchTerms.of("Uploaded documents got lost", "aanvraag"), learningTerms(forms));
        assertTrue(learningTerms(forms), learningTerms(forms).contains("|document|"));
        assertEquals(
                SearchTerms.of("uploaded documents got lost check the upload"), storyTerms(lost));
        assertEquals("Permits", ao.get(AoOutcome.class, permits).getTitle());
    }

    @Test
    public void upgrade_shouldIndexInBatchesOf500_withAProgressLineAfterEach() {
        for (int i = 0; i < Upgrade2SearchTerms.BATCH + 4; i++) {
            learning("older learning " + i, "|");
        }
        story("Reminders went to old addresses", "The letters came back");
        story("Uploaded documents got lost", "Check the upload");

        target.upgrade(ModelVersion.valueOf("1"), ao);
        ao.migrate(AoSchema.entityArray());

        for (AoLearning row : ao.find(AoLearning.class)) {
            assertTrue(row.getTerms(), row.getTerms().contains("|older|"));
        }
        assertEquals(
                List.of(
                        "Search terms: 504 learnings to index",
                        "Search terms: 500 of 504 learnings indexed",
                        "Search terms: 504 of 504 learnings indexed",
                        "Search terms: 2 failure stories to index",
                        "Search terms: 2 of 2 failure stories indexed"),
                progress);
    }

    @Test
    public void upgrade_shouldReportNothingToIndex_whenThereAreNoRows() {
        target.upgrade(ModelVersion.valueOf("0"), ao);

        assertEquals(
                List.of(
                        "Search terms: 0 learnings to index",
                        "Search terms: 0 failure stories to index"),
                progress);
    }

    @Test
    public void upgrade_shouldLeaveTheSameResult_whenItRunsTwice() {
        int forms = learning("Residents finish one-page forms more often", "|online|");
        int letters = story("Reminders went to old addresses", "The letters came back");

        target.upgrade(ModelVersion.valueOf("0"), ao);
        target.upgrade(ModelVersion.valueOf("0"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                SearchTerms.of("Residents finish one-page forms more often", "online"),
                learningTerms(forms));
        assertEquals(
                SearchTerms.of("reminders went to old addresses the letters came back"),
                storyTerms(letters));
    }

    @Test
    public void tagWords_shouldTurnTheStoredTagListIntoWords() {
        assertEquals("online permits", Upgrade2SearchTerms.tagWords("|online|permits|"));
        assertEquals("", Upgrade2SearchTerms.tagWords("|"));
        assertEquals("", Upgrade2SearchTerms.tagWords(null));
    }

    @Test
    public void getModelVersion_shouldBeTwo() {
        assertTrue(target.getModelVersion().isSame(ModelVersion.valueOf("2")));
    }
}
