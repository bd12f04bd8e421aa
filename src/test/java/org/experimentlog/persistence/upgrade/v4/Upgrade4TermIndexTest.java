package org.experimentlog.persistence.upgrade.v4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.persistence.AoLearningSearch;
import org.experimentlog.persistence.AoSchema;
import org.experimentlog.persistence.AoSearchTerm;
import org.experimentlog.persistence.RepositoryContract;
import org.experimentlog.persistence.SearchTerms;
import org.experimentlog.persistence.upgrade.v0.AoFailureStoryV0;
import org.experimentlog.persistence.upgrade.v0.AoLearningV0;
import org.experimentlog.persistence.upgrade.v2.Upgrade2SearchTerms;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Upgrade task 4 from earlier model versions, on H2 and PostgreSQL: learnings and stories written
 * with the frozen shapes of version 0 (which versions 1 and 3 did not change; version 2 added the
 * terms column), upgraded, migrated to today's schema as Active Objects does after the tasks, and
 * searched through today's code.
 */
@RunWith(Parameterized.class)
public class Upgrade4TermIndexTest {
    @Parameter public AoDatabase.Kind kind;

    private AoDatabase database;
    private ActiveObjects ao;
    private final List<String> progress = new ArrayList<>();
    private Upgrade4TermIndex target;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return RepositoryContract.databases();
    }

    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    @Before
    public void setUp() {
        database = AoDatabase.empty(kind);
        ao = database.activeObjects();
        ao.migrate(AoLearningV0.class, AoFailureStoryV0.class);
        target = new Upgrade4TermIndex(progress::add);
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

    private Set<String> index(String column, int id) {
        Set<String> terms = new TreeSet<>();
        for (AoSearchTerm row :
                ao.find(AoSearchTerm.class, Query.select().where(column + " = ?", id))) {
            terms.add(row.getTerm());
        }
        return terms;
    }

    @Test
    public void upgrade_shouldIndexEveryLearningAndStory_fromModelVersion3() {
        int forms = learning("Uploaded documents got lost", "|aanvraag|");
        int letters = story("Reminders went to old addresses", "De formulieren kwamen terug");
        new Upgrade2SearchTerms().upgrade(ModelVersion.valueOf("1"), ao);

        target.upgrade(ModelVersion.valueOf("3"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                Set.copyOf(
                        SearchTerms.list(
                                SearchTerms.of("Uploaded documents got lost", "aanvraag"))),
                index(AoSearchTerm.LEARNING_ID, forms));
        Set<String> story = index(AoSearchTerm.STORY_ID, letters);
        assertTrue(story.toString(), story.contains("formulier"));
        assertTrue(story.toString(), story.contains("remind"));
        assertEquals(
                1,
                new AoLearningSearch(ao)
                        .search(
                                LearningQuery.matching(
                                        "document", null, null, null, null, null, null),
                                PageRequest.first(10))
                        .total());
    }

    @Test
    public void upgrade_shouldComputeTheTerms_ofARowStoredBeforeTheTermsColumn() {
        int forms = learning("Residents finish one-page forms", "|online|");

        target.upgrade(ModelVersion.valueOf("0"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                Set.copyOf(
                        SearchTerms.list(
                                SearchTerms.of("Residents finish one-page forms", "online"))),
                index(AoSearchTerm.LEARNING_ID, forms));
    }

    @Test
    public void upgrade_shouldIndexInBatchesOf500_withAProgressLineAfterEach_andTheSameRowsTwice() {
        for (int i = 0; i < Upgrade4TermIndex.BATCH + 4; i++) {
            learning("older learning " + i, "|");
        }
        story("Reminders went to old addresses", "The letters came back");

        target.upgrade(ModelVersion.valueOf("3"), ao);
        int rows = ao.count(AoSearchTermV4.class);
        target.upgrade(ModelVersion.valueOf("3"), ao);

        assertEquals(rows, ao.count(AoSearchTermV4.class));
        assertEquals(
                List.of(
                        "Term index: 504 learnings to index",
                        "Term index: 500 of 504 learnings indexed",
                        "Term index: 504 of 504 learnings indexed",
                        "Term index: 1 failure stories to index",
                        "Term index: 1 of 1 failure stories indexed"),
                progress.subList(0, 5));
    }

    @Test
    public void getModelVersion_shouldBeFour() {
        assertTrue(target.getModelVersion().isSame(ModelVersion.valueOf("4")));
    }
}
