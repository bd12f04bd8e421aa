package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryText;
import org.junit.Before;
import org.junit.Test;

/**
 * The term index kept with the learnings and stories it indexes, and searched through: on H2 and
 * PostgreSQL.
 */
public class TermIndexTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");
    private static final Reader ADMIN = new Reader(ALICE, Set.of(), true);
    private static final PageRequest FIRST_PAGE = PageRequest.first(20);

    private AoExperimentRepository experiments;
    private AoFailureStoryRepository stories;
    private Experiment experiment;

    @Before
    public void setUp() {
        experiments = new AoExperimentRepository(ao);
        stories = new AoFailureStoryRepository(ao);
        experiment = experiments.save(Experiment.open(new IssueRef(1, "PERMIT-1"), ALICE, NOW));
    }

    private Learning learning(String statement, String... tags) {
        return experiments.save(
                Learning.write(
                        experiment,
                        null,
                        statement,
                        List.of(tags).stream().map(Tag::new).toList(),
                        ALICE,
                        NOW));
    }

    private FailureStory story(String title) {
        return stories.save(
                FailureStory.share(
                        new StoryText(
                                title, "We tried it.", "It failed.", "Learned.", "Test.", null),
                        Set.of(ContributingFactor.DATA_QUALITY),
                        Impact.LOW,
                        null,
                        Audience.everyone(),
                        false,
                        true,
                        ALICE,
                        NOW));
    }

    private Set<String> learningIndex(Learning learning) {
        return index(AoSearchTerm.LEARNING_ID, (int) learning.requireId().value());
    }

    private Set<String> storyIndex(FailureStory story) {
        return index(AoSearchTerm.STORY_ID, (int) story.requireId().value());
    }

    private Set<String> index(String column, int id) {
        Set<String> terms = new TreeSet<>();
        for (AoSearchTerm row :
                ao.find(AoSearchTerm.class, Query.select().where(column + " = ?", id))) {
            terms.add(row.getTerm());
        }
        return terms;
    }

    private int indexRows() {
        return ao.count(AoSearchTerm.class);
    }

    @Test
    public void saveLearning_shouldIndexEveryTermOfItsStatementAndTags() {
        Learning saved = learning("Uploaded documents got lost", "aanvraag");

        assertEquals(
                Set.copyOf(
                        SearchTerms.list(
                                SearchTerms.of("Uploaded documents got lost", "aanvraag"))),
                learningIndex(saved));
    }

    @Test
    public void saveLearning_shouldReplaceItsIndexRows_whenItIsReworded() {
        Learning saved = learning("Uploaded documents got lost", "aanvraag");

        Learning reworded =
                experiments.save(saved.reword("Plain letters cut calls", List.of(new Tag("post"))));

        assertEquals(
                Set.copyOf(SearchTerms.list(SearchTerms.of("Plain letters cut calls", "post"))),
                learningIndex(reworded));
        assertEquals(learningIndex(reworded).size(), indexRows());
    }

    @Test
    public void delete_shouldRemoveTheIndexRows_ofALearningAndOfAnExperimentsLearnings() {
        Learning gone = learning("Uploaded documents got lost");
        learning("Plain letters cut calls");
        learning("Reminders went to old addresses");

        experiments.delete(gone.requireId());
        int afterOne = indexRows();
        experiments.delete(experiment.requireId());

        assertEquals(
                SearchTerms.list(SearchTerms.of("Plain letters cut calls")).size()
                        + SearchTerms.list(SearchTerms.of("Reminders went to old addresses"))
                                .size(),
                afterOne);
        assertEquals(0, indexRows());
    }

    @Test
    public void saveStory_shouldIndexIt_replaceItsRowsOnEdit_andRemoveThemOnDelete() {
        FailureStory shared = story("Reminders went to old addresses");
        Set<String> first = storyIndex(shared);

        FailureStory edited =
                stories.save(
                        shared.edit(
                                ADMIN,
                                new StoryText(
                                        "Formulieren kwamen niet aan",
                                        "We tried it.",
                                        "It failed.",
                                        "Learned.",
                                        "Test.",
                                        null),
                                Set.of(ContributingFactor.DATA_QUALITY),
                                Impact.LOW,
                                null,
                                Audience.everyone(),
                                false,
                                true,
                                NOW));
        Set<String> second = storyIndex(edited);
        stories.delete(edited.requireId());

        assertEditedTerms(first, second);
        assertEquals(0, indexRows());
    }

    private static void assertEditedTerms(Set<String> first, Set<String> second) {
        assertEquals(true, first.contains("remind"));
        assertEquals(false, second.contains("remind"));
        assertEquals(true, second.contains("formulier"));
    }

    @Test
    public void search_shouldCountADocumentOnce_whenItHoldsBothStemsOfTheSearchedWord() {
        // "formulieren" is "formulieren" to the English stemmer and "formulier" to the Dutch one,
        // and a document with the word holds both stems, so the join finds two index rows.
        learning("De formulieren kwamen terug", "formulier");
        story("Formulieren en formulier");

        LibraryResult library =
                new AoLibrarySearch(ao)
                        .search(
                                LearningQuery.matching(
                                        "formulieren", null, null, null, null, null, null),
                                ADMIN,
                                LibraryOrder.RELEVANCE,
                                FIRST_PAGE);
        int learningsApi =
                new AoLearningSearch(ao)
                        .search(
                                LearningQuery.matching(
                                        "formulieren", null, null, null, null, null, null),
                                FIRST_PAGE)
                        .total();
        int feed =
                stories.visibleTo(
                                ADMIN,
                                new StoryFilter(null, null, null, null, null, "formulieren"),
                                ZoneOffset.UTC,
                                FIRST_PAGE)
                        .items()
                        .size();

        assertEquals(2, library.page().total());
        assertEquals(2, library.page().items().size());
        assertEquals(1, learningsApi);
        assertEquals(1, feed);
    }

    @Test
    public void search_shouldRequireEveryWord_whereverTheIndexIsJoinedOn() {
        learning("Uploaded documents got lost");
        learning("Uploaded letters arrived");
        learning("Documents arrived late");

        LibraryResult result =
                new AoLibrarySearch(ao)
                        .search(
                                LearningQuery.matching(
                                        "document arrives", null, null, null, null, null, null),
                                ADMIN,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE);

        assertEquals(1, result.page().total());
        assertEquals(
                "Documents arrived late",
                result.page().items().get(0).learning().learning().statement());
    }
}
