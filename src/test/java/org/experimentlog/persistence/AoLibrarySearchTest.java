package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryHit;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryText;
import org.experimentlog.domain.outcome.OutcomeId;
import org.junit.Before;
import org.junit.Test;

public class AoLibrarySearchTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");
    private static final UserRef OUTSIDER = new UserRef("olga");
    private static final DepartmentId POLICY = new DepartmentId(5);
    private static final PageRequest FIRST_PAGE = PageRequest.first(50);

    private AoExperimentRepository experiments;
    private AoFailureStoryRepository stories;
    private AoLibrarySearch target;
    private Experiment experiment;
    private Reader outsider;
    private Reader policyMember;

    @Before
    public void setUp() {
        experiments = new AoExperimentRepository(ao);
        stories = new AoFailureStoryRepository(ao);
        target = new AoLibrarySearch(ao);
        experiment =
                experiments.save(
                        Experiment.open(new IssueRef(1, "PERMIT-1"), ALICE, NOW)
                                .withDepartments(Set.of(new DepartmentId(3))));
        learning("Residents finish a one-page form more often", NOW.minusSeconds(300), "forms");
        learning("Plain letters cut calls", NOW.minusSeconds(100), "letters");
        story(
                "Reminders went to old addresses",
                "A one-page letter did not help",
                Audience.everyone(),
                NOW.minusSeconds(200));
        story(
                "Policy-only lesson about forms",
                "Only policy may read this",
                Audience.departments(Set.of(POLICY)),
                NOW.minusSeconds(50));
        outsider = new Reader(OUTSIDER, Set.of(), false);
        policyMember = new Reader(OUTSIDER, Set.of(POLICY), false);
    }

    private void learning(String statement, Instant at, String... tags) {
        experiments.save(
                Learning.write(
                        experiment,
                        null,
                        statement,
                        List.of(tags).stream().map(Tag::new).toList(),
                        ALICE,
                        at));
    }

    private void story(String title, String learned, Audience audience, Instant at) {
        stories.save(
                FailureStory.share(
                        new StoryText(
                                title, "We tried it.", "It failed.", learned, "Test first.", null),
                        Set.of(ContributingFactor.DATA_QUALITY),
                        Impact.LOW,
                        null,
                        audience,
                        false,
                        true,
                        ALICE,
                        at));
    }

    private static LearningQuery text(String text) {
        return LearningQuery.matching(text, null, null, null, null, null, null);
    }

    private static List<String> titles(LibraryResult result) {
        return result.page().items().stream().map(AoLibrarySearchTest::title).toList();
    }

    private static String title(LibraryHit hit) {
        return hit.learningIfAny()
                .map(h -> h.learning().statement())
                .orElseGet(() -> hit.story().text().title());
    }

    @Test
    public void search_shouldMergeLearningsAndStoriesNewestFirst() {
        LibraryResult result =
                target.search(LearningQuery.all(), outsider, LibraryOrder.NEWEST, FIRST_PAGE);

        assertEquals(
                List.of(
                        "Plain letters cut calls",
                        "Reminders went to old addresses",
                        "Residents finish a one-page form more often"),
                titles(result));
        assertEquals(3, result.page().total());
        assertEquals(2, result.learnings());
        assertEquals(1, result.stories());
        assertEquals("PERMIT-1", result.page().items().get(0).learning().issue().key());
    }

    @Test
    public void search_shouldNeverShowOrCountAStoryOfAnotherDepartment_whenTheReaderIsOutsideIt() {
        LibraryResult outside =
                target.search(text("policy"), outsider, LibraryOrder.NEWEST, FIRST_PAGE);
        LibraryResult inside =
                target.search(text("policy"), policyMember, LibraryOrder.NEWEST, FIRST_PAGE);
        LibraryResult admin =
                target.search(
                        text("policy"),
                        new Reader(OUTSIDER, Set.of(), true),
                        LibraryOrder.NEWEST,
                        FIRST_PAGE);

        assertEquals(0, outside.page().total());
        assertEquals(List.of(), titles(outside));
        assertEquals(List.of("Policy-only lesson about forms"), titles(inside));
        assertEquals(1, inside.stories());
        assertEquals(1, admin.page().total());
    }

    @Test
    public void
            search_shouldMatchEveryWordIgnoringCase_andOrderByWordsAsTyped_whenOrderedByRelevance() {
        learning("A resident finished the forms online", NOW.plusSeconds(60));
        LibraryResult newest =
                target.search(text("ONE-PAGE letters"), outsider, LibraryOrder.NEWEST, FIRST_PAGE);
        LibraryResult relevance =
                target.search(text("residents FORM"), outsider, LibraryOrder.RELEVANCE, FIRST_PAGE);
        LibraryResult byDate =
                target.search(text("residents FORM"), outsider, LibraryOrder.NEWEST, FIRST_PAGE);

        assertEquals(
                "only the story has one, page and letter: " + titles(newest),
                List.of("Reminders went to old addresses"),
                titles(newest));
        assertEquals(
                List.of(
                        "Residents finish a one-page form more often",
                        "A resident finished the forms online"),
                titles(relevance));
        assertEquals(
                List.of(
                        "A resident finished the forms online",
                        "Residents finish a one-page form more often"),
                titles(byDate));
    }

    @Test
    public void search_shouldMatchWordFormsInEnglishAndDutch_andTagsAsWords() {
        learning("Het nieuwe formulier werkt beter", NOW.plusSeconds(60), "aanvraag");
        story(
                "Uploaded documents got lost",
                "Check the upload",
                Audience.everyone(),
                NOW.plusSeconds(70));

        assertEquals(
                List.of("Het nieuwe formulier werkt beter"),
                titles(
                        target.search(
                                text("formulieren"),
                                outsider,
                                LibraryOrder.RELEVANCE,
                                FIRST_PAGE)));
        assertEquals(
                List.of("Het nieuwe formulier werkt beter"),
                titles(
                        target.search(
                                text("aanvragen formulier"),
                                outsider,
                                LibraryOrder.RELEVANCE,
                                FIRST_PAGE)));
        assertEquals(
                List.of("Uploaded documents got lost"),
                titles(
                        target.search(
                                text("document upload"),
                                outsider,
                                LibraryOrder.RELEVANCE,
                                FIRST_PAGE)));
        assertEquals(
                List.of(),
                titles(
                        target.search(
                                text("document formulier"),
                                outsider,
                                LibraryOrder.RELEVANCE,
                                FIRST_PAGE)));
    }

    @Test
    public void search_shouldFilterByTag_andFindNoStories() {
        LibraryResult result =
                target.search(
                        LearningQuery.matching(
                                null, new Tag("forms"), null, null, null, null, null),
                        policyMember,
                        LibraryOrder.NEWEST,
                        FIRST_PAGE);

        assertEquals(List.of("Residents finish a one-page form more often"), titles(result));
        assertEquals(0, result.stories());
    }

    @Test
    public void search_shouldFilterByVerdictAndOutcome_andFindNoStories() {
        assertEquals(
                0,
                target.search(
                                LearningQuery.matching(
                                        null, null, null, null, Verdict.VALIDATED, null, null),
                                policyMember,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE)
                        .page()
                        .total());
        assertEquals(
                0,
                target.search(
                                LearningQuery.matching(
                                        null, null, null, new OutcomeId(7), null, null, null),
                                policyMember,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE)
                        .page()
                        .total());
    }

    @Test
    public void search_shouldFilterByDepartment_ofTheExperimentOrTheStorysAudience() {
        assertEquals(
                List.of("Policy-only lesson about forms"),
                titles(
                        target.search(
                                LearningQuery.matching(null, null, POLICY, null, null, null, null),
                                policyMember,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE)));
        assertEquals(
                0,
                target.search(
                                LearningQuery.matching(null, null, POLICY, null, null, null, null),
                                outsider,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE)
                        .page()
                        .total());
        assertEquals(
                2,
                target.search(
                                LearningQuery.matching(
                                        null, null, new DepartmentId(3), null, null, null, null),
                                outsider,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE)
                        .learnings());
    }

    @Test
    public void search_shouldFilterByPeriod_andByVisibleProjects() {
        LearningQuery later =
                LearningQuery.matching(
                        null, null, null, null, null, LocalDate.of(2026, 3, 3), null);

        assertEquals(
                0,
                target.search(later, policyMember, LibraryOrder.NEWEST, FIRST_PAGE).page().total());
        assertEquals(
                4,
                target.search(
                                LearningQuery.matching(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalDate.of(2026, 3, 2),
                                        LocalDate.of(2026, 3, 2)),
                                policyMember,
                                LibraryOrder.NEWEST,
                                FIRST_PAGE)
                        .page()
                        .total());
        LibraryResult hidden =
                target.search(
                        LearningQuery.all().visibleIn(Set.of(new ProjectKey("MOVE"))),
                        outsider,
                        LibraryOrder.NEWEST,
                        FIRST_PAGE);
        assertEquals(0, hidden.learnings());
        assertEquals(1, hidden.page().total());
    }

    @Test
    public void search_shouldPageTheMergedList() {
        for (int i = 1; i <= 6; i++) {
            learning("paged learning " + i, NOW.plusSeconds(10 * i), "pagination");
            story(
                    "paged story " + i,
                    "pagination",
                    Audience.everyone(),
                    NOW.plusSeconds(10 * i + 5));
        }
        LearningQuery paged = text("pagination");

        LibraryResult second =
                target.search(paged, outsider, LibraryOrder.NEWEST, new PageRequest(3, 3));
        LibraryResult last =
                target.search(paged, outsider, LibraryOrder.NEWEST, new PageRequest(10, 3));

        assertEquals(12, second.page().total());
        assertEquals(
                List.of("paged learning 5", "paged story 4", "paged learning 4"), titles(second));
        assertEquals(List.of("paged story 1", "paged learning 1"), titles(last));
        assertTrue(last.page().isLast());
    }

    @Test
    public void search_shouldIssueAFixedNumberOfStatements_whetherItFinds5Or300() {
        for (int i = 300; i < 305; i++) {
            learning("bulk lesson " + i, NOW.plusSeconds(i), "bulk");
            story("bulk story " + i, "nothing", Audience.everyone(), NOW.plusSeconds(i));
        }
        int few = statementsFor(5);
        for (int i = 0; i < 300; i++) {
            learning("bulk lesson " + i, NOW.plusSeconds(i), "bulk");
            story("bulk story " + i, "nothing", Audience.everyone(), NOW.plusSeconds(i));
        }
        int many = statementsFor(300);

        assertEquals(
                "two counts, two narrow queries, the page's stories, learnings (tags in their own column) and "
                        + "experiments: "
                        + database.statements().statements(),
                7,
                many);
        assertEquals(few, many);
    }

    private int statementsFor(int rows) {
        database.statements().reset();
        LibraryResult result =
                target.search(
                        text("Bulk"),
                        outsider,
                        LibraryOrder.RELEVANCE,
                        PageRequest.first(Math.min(rows, 300)));
        assertEquals(Math.min(rows, result.page().total()), result.page().items().size());
        return database.statements().count();
    }

    @Test
    public void tagsStartingWith_shouldListTheTagsOfVisibleProjectsOnly() {
        learning("Another one", NOW, "forms-online", "trust");

        assertEquals(
                List.of("forms", "forms-online"),
                target.tagsStartingWith("FOR", Set.of(new ProjectKey("PERMIT")), 10));
        assertEquals(
                List.of("forms"),
                target.tagsStartingWith("f", Set.of(new ProjectKey("PERMIT")), 1));
        assertEquals(List.of(), target.tagsStartingWith("for", Set.of(new ProjectKey("MOVE")), 10));
        assertEquals(
                List.of("forms", "forms-online", "letters", "trust"),
                target.tagsStartingWith("", Set.of(new ProjectKey("PERMIT")), 10));
    }
}
