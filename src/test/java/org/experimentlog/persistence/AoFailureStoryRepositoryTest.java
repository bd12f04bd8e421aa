package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryLink;
import org.experimentlog.domain.failure.StoryText;
import org.junit.Before;
import org.junit.Test;

public class AoFailureStoryRepositoryTest extends RepositoryContract {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final UserRef AUTHOR = new UserRef("anna");
    private static final DepartmentId DESIGN = new DepartmentId(2);
    private static final DepartmentId POLICY = new DepartmentId(5);

    private AoFailureStoryRepository target;

    @Before
    public void setUp() {
        target = new AoFailureStoryRepository(ao);
    }

    private FailureStory story(
            String title,
            Audience audience,
            Set<ContributingFactor> factors,
            boolean anonymous,
            int secondsLater) {
        return target.save(
                FailureStory.share(
                        new StoryText(
                                title,
                                "a new letter",
                                "people phoned more",
                                "test the wording first",
                                "read it aloud with residents",
                                null),
                        factors,
                        Impact.MEDIUM,
                        new StoryLink(
                                new ExperimentId(4),
                                new IssueRef(40, "PERMIT-4"),
                                new IterationId(9)),
                        audience,
                        anonymous,
                        true,
                        AUTHOR,
                        NOW.plusSeconds(secondsLater)));
    }

    private static Reader reader(String user, DepartmentId... departments) {
        return new Reader(new UserRef(user), Set.of(departments), false);
    }

    private List<String> titles(Reader reader, StoryFilter filter) {
        Page<FailureStory> page = target.visibleTo(reader, filter, ZONE, PageRequest.first(50));
        assertEquals("the total counts only visible stories", page.items().size(), page.total());
        return page.items().stream().map(s -> s.text().title()).toList();
    }

    @Test
    public void save_shouldStoreEveryField() {
        FailureStory saved =
                story(
                        "Letter confused people",
                        Audience.departments(Set.of(DESIGN, POLICY)),
                        Set.of(
                                ContributingFactor.UNTESTED_ASSUMPTION,
                                ContributingFactor.TIME_PRESSURE),
                        true,
                        0);

        FailureStory read = target.find(saved.requireId()).orElseThrow();

        assertEquals(saved.text(), read.text());
        assertEquals(
                Set.of(ContributingFactor.UNTESTED_ASSUMPTION, ContributingFactor.TIME_PRESSURE),
                read.factors());
        assertEquals(Audience.departments(Set.of(DESIGN, POLICY)), read.audience());
        assertTrue(read.anonymous());
        assertTrue(read.shownAuthor().isEmpty());
        assertEquals(AUTHOR, read.author());
        assertEquals(new IterationId(9), read.link().orElseThrow().iterationId().orElseThrow());
        assertEquals(Impact.MEDIUM, read.impact());
        assertEquals(1, read.version());
    }

    @Test
    public void visibleTo_shouldShowOnlyWhatTheReaderMaySee_inItemsAndTotal() {
        story(
                "For everyone",
                Audience.everyone(),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                1);
        story(
                "For design",
                Audience.departments(Set.of(DESIGN)),
                Set.of(ContributingFactor.DATA_QUALITY),
                false,
                2);
        story(
                "For policy",
                Audience.departments(Set.of(POLICY)),
                Set.of(ContributingFactor.DATA_QUALITY),
                false,
                3);

        assertEquals(
                List.of("For design", "For everyone"),
                titles(reader("dora", DESIGN), StoryFilter.none()));
        assertEquals(List.of("For everyone"), titles(reader("nobody"), StoryFilter.none()));
        assertEquals(
                List.of("For policy", "For design", "For everyone"),
                titles(reader("anna"), StoryFilter.none()));
        assertEquals(
                List.of("For policy", "For design", "For everyone"),
                titles(new Reader(new UserRef("root"), Set.of(), true), StoryFilter.none()));
        assertEquals(
                List.of("For policy", "For design", "For everyone"),
                titles(reader("multi", DESIGN, POLICY), StoryFilter.none()));
    }

    @Test
    public void visibleTo_shouldNotMatchADepartmentWhoseIdContainsTheReadersId() {
        story(
                "For department 12",
                Audience.departments(Set.of(new DepartmentId(12))),
                Set.of(ContributingFactor.DATA_QUALITY),
                false,
                1);

        assertEquals(List.of(), titles(reader("one", new DepartmentId(1)), StoryFilter.none()));
        assertEquals(List.of(), titles(reader("two", new DepartmentId(2)), StoryFilter.none()));
        assertEquals(
                List.of("For department 12"),
                titles(reader("twelve", new DepartmentId(12)), StoryFilter.none()));
    }

    @Test
    public void visibleTo_shouldFilterByDepartmentFactorImpactAndPeriod() {
        story("Early", Audience.everyone(), Set.of(ContributingFactor.TIME_PRESSURE), false, 0);
        story(
                "Design data",
                Audience.departments(Set.of(DESIGN)),
                Set.of(ContributingFactor.DATA_QUALITY),
                false,
                86_400 * 3);
        Reader admin = new Reader(new UserRef("root"), Set.of(), true);

        assertEquals(
                List.of("Design data"),
                titles(admin, new StoryFilter(DESIGN, null, null, null, null, null)));
        assertEquals(
                List.of("Early"),
                titles(
                        admin,
                        new StoryFilter(
                                null, ContributingFactor.TIME_PRESSURE, null, null, null, null)));
        assertEquals(
                List.of(),
                titles(admin, new StoryFilter(null, null, Impact.HIGH, null, null, null)));
        LocalDate day = NOW.atZone(ZONE).toLocalDate();
        assertEquals(
                List.of("Early"), titles(admin, new StoryFilter(null, null, null, day, day, null)));
        assertEquals(
                List.of("Design data"),
                titles(admin, new StoryFilter(null, null, null, day.plusDays(1), null, null)));
    }

    @Test
    public void visibleTo_shouldKeepOnlyStoriesContainingEveryWord_ignoringCase() {
        story(
                "Letter to residents",
                Audience.everyone(),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                0);
        story(
                "Phone script",
                Audience.everyone(),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                1);
        Reader anyone = reader("anyone");

        assertEquals(List.of("Letter to residents"), titles(anyone, text("Residents TO letter")));
        assertEquals(
                List.of("Phone script", "Letter to residents"), titles(anyone, text("residents")));
        assertEquals(List.of(), titles(anyone, text("letter zebra")));
    }

    @Test
    public void visibleTo_shouldTreatLikeWildcardsInTheTextAsPlainCharacters() {
        story("Half done", Audience.everyone(), Set.of(ContributingFactor.TIME_PRESSURE), false, 0);
        story("50% done", Audience.everyone(), Set.of(ContributingFactor.TIME_PRESSURE), false, 1);

        assertEquals(List.of("50% done"), titles(reader("anyone"), text("50%")));
        assertEquals(List.of(), titles(reader("anyone"), text("_alf")));
    }

    @Test
    public void visibleTo_shouldNotCountAStoryTheReaderMayNotSee_whenItMatchesTheText() {
        story(
                "Design letter",
                Audience.departments(Set.of(DESIGN)),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                0);
        story(
                "Public letter",
                Audience.everyone(),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                1);

        Page<FailureStory> page =
                target.visibleTo(reader("outsider"), text("letter"), ZONE, new PageRequest(0, 10));

        assertEquals(1, page.total());
        assertEquals("Public letter", page.items().get(0).text().title());
    }

    @Test
    public void visibleTo_shouldFindWordFormsInEnglishAndDutch_requiringEveryWord() {
        story(
                "Documents went missing",
                Audience.everyone(),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                0);
        story(
                "Twee formulieren te veel",
                Audience.everyone(),
                Set.of(ContributingFactor.TIME_PRESSURE),
                false,
                1);

        assertEquals(
                List.of("Documents went missing"), titles(reader("outsider"), text("document")));
        assertEquals(
                List.of("Twee formulieren te veel"), titles(reader("outsider"), text("Formulier")));
        assertEquals(
                List.of("Documents went missing"),
                titles(reader("outsider"), text("missing letters")));
        assertEquals(List.of(), titles(reader("outsider"), text("document formulier")));
        assertEquals(List.of(), titles(reader("outsider"), text("%")));
    }

    private static StoryFilter text(String words) {
        return new StoryFilter(null, null, null, null, null, words);
    }

    @Test
    public void visibleTo_shouldPageNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            story(
                    "Story " + i,
                    Audience.everyone(),
                    Set.of(ContributingFactor.TIME_PRESSURE),
                    false,
                    i);
        }

        Page<FailureStory> page =
                target.visibleTo(reader("x"), StoryFilter.none(), ZONE, new PageRequest(1, 2));

        assertEquals(5, page.total());
        assertEquals(
                List.of("Story 4", "Story 3"),
                page.items().stream().map(s -> s.text().title()).toList());
    }

    @Test
    public void save_shouldRefuseAStaleEdit_andKeepTheFirst() {
        FailureStory stored =
                story(
                        "Original",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        0);
        Reader author = reader("anna");
        StoryText first = new StoryText("First edit", "a", "b", "c", null, null);
        target.save(
                stored.edit(
                        author,
                        first,
                        stored.factors(),
                        Impact.LOW,
                        null,
                        Audience.everyone(),
                        false,
                        true,
                        NOW));

        assertThrows(
                StaleVersionException.class,
                () ->
                        target.save(
                                stored.edit(
                                        author,
                                        new StoryText("Second edit", "a", "b", "c", null, null),
                                        stored.factors(),
                                        Impact.LOW,
                                        null,
                                        Audience.everyone(),
                                        false,
                                        true,
                                        NOW)));

        FailureStory read = target.find(stored.requireId()).orElseThrow();
        assertEquals("First edit", read.text().title());
        assertTrue(read.link().isEmpty());
    }

    @Test
    public void mark_shouldCountOncePerReader_andUnmark() {
        FailureStory first =
                story(
                        "One",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        0);
        FailureStory second =
                story(
                        "Two",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        1);
        Reader bob = reader("bob");
        Reader cleo = reader("cleo");

        assertTrue(target.mark(HelpedMark.by(first, bob, NOW)));
        assertFalse(target.mark(HelpedMark.by(first, bob, NOW)));
        assertTrue(target.mark(HelpedMark.by(first, cleo, NOW)));
        assertTrue(target.mark(HelpedMark.by(second, cleo, NOW)));
        assertTrue(target.unmark(second.requireId(), cleo.user()));
        assertFalse(target.unmark(second.requireId(), cleo.user()));

        Map<FailureStoryId, Integer> counts =
                target.helpedCounts(List.of(first.requireId(), second.requireId()));
        assertEquals(Map.of(first.requireId(), 2), counts);
        assertTrue(target.hasMarked(first.requireId(), bob.user()));
        assertFalse(target.hasMarked(second.requireId(), cleo.user()));
    }

    @Test
    public void appliedIn_shouldListWhereTheLessonWasUsed_andDeleteRemovesEverything() {
        FailureStory stored =
                story(
                        "One",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        0);
        target.add(
                new AppliedIn(
                        stored.requireId(),
                        new IssueRef(77, "MOVE-7"),
                        new UserRef("bob"),
                        NOW,
                        "we tested the letter first"));
        target.mark(HelpedMark.by(stored, reader("bob"), NOW));

        List<AppliedIn> applied = target.appliedIn(stored.requireId());
        target.delete(stored.requireId());

        assertEquals(1, applied.size());
        assertEquals("MOVE-7", applied.get(0).issue().key());
        assertEquals("we tested the letter first", applied.get(0).note());
        assertTrue(target.find(stored.requireId()).isEmpty());
        assertEquals(0, ao.count(AoHelpedMark.class));
        assertEquals(0, ao.count(AoAppliedIn.class));
    }

    @Test
    public void
            detachExperiment_shouldKeepTheStoriesWithoutTheLink_andForgetAppliedInRecordsOfTheIssue() {
        FailureStory linked =
                story(
                        "About PERMIT-4",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        0);
        FailureStory other =
                story(
                        "Elsewhere",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        1);
        target.add(
                new AppliedIn(
                        other.requireId(),
                        new IssueRef(40, "PERMIT-4"),
                        new UserRef("bob"),
                        NOW,
                        null));
        target.add(
                new AppliedIn(
                        other.requireId(),
                        new IssueRef(77, "MOVE-7"),
                        new UserRef("bob"),
                        NOW,
                        null));

        int detached = target.detachExperiment(new ExperimentId(4), 40);

        assertEquals(2, detached);
        FailureStory read = target.find(linked.requireId()).orElseThrow();
        assertTrue(read.link().isEmpty());
        assertEquals("About PERMIT-4", read.text().title());
        assertEquals(2, read.version());
        assertEquals(
                List.of("MOVE-7"),
                target.appliedIn(other.requireId()).stream().map(a -> a.issue().key()).toList());
    }

    @Test
    public void exportPage_shouldGiveEveryStoryAfterTheId_byId_whateverItsAudience() {
        FailureStory forPolicy =
                story(
                        "For policy",
                        Audience.departments(Set.of(POLICY)),
                        Set.of(ContributingFactor.DATA_QUALITY),
                        true,
                        3);
        FailureStory forEveryone =
                story(
                        "For everyone",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        1);
        FailureStory forDesign =
                story(
                        "For design",
                        Audience.departments(Set.of(DESIGN)),
                        Set.of(ContributingFactor.DATA_QUALITY),
                        false,
                        2);

        List<FailureStory> page = target.exportPage(0, 2);
        List<FailureStory> next = target.exportPage(forEveryone.requireId().value(), 2);

        assertEquals(
                List.of(forPolicy.requireId(), forEveryone.requireId()),
                page.stream().map(FailureStory::requireId).toList());
        assertEquals(
                List.of(forDesign.requireId()),
                next.stream().map(FailureStory::requireId).toList());
        assertEquals(AUTHOR, page.get(0).author());
        assertTrue(page.get(0).anonymous());
        assertEquals(List.of(), target.exportPage(forDesign.requireId().value(), 2));
    }

    @Test
    public void exportPage_shouldNeitherRepeatNorSkip_whenAStoryIsSharedOrDeletedBetweenPages() {
        FailureStory first =
                story(
                        "First",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        1);
        FailureStory second =
                story(
                        "Second",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        2);
        FailureStory third =
                story(
                        "Third",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        3);

        List<FailureStory> page = target.exportPage(0, 2);
        target.delete(first.requireId());
        FailureStory later =
                story(
                        "Later",
                        Audience.everyone(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        false,
                        4);
        List<FailureStory> next = target.exportPage(page.get(1).requireId().value(), 2);

        assertEquals(
                List.of(first.requireId(), second.requireId()),
                page.stream().map(FailureStory::requireId).toList());
        assertEquals(
                List.of(third.requireId(), later.requireId()),
                next.stream().map(FailureStory::requireId).toList());
    }

    @Test
    public void exportPage_shouldIssueOneStatementPerPage_for3And300Stories() {
        int statementsFor3 = statementsToExport(3);
        database.clear();
        int statementsFor300 = statementsToExport(300);

        assertEquals(
                "statements for 3 vs 300 stories; last ones: " + database.statements().statements(),
                statementsFor3,
                statementsFor300);
        assertEquals(1, statementsFor300);
    }

    @SuppressWarnings(
            "deprecation") // flushAll empties the entity cache so the next read goes to the
    // database
    private int statementsToExport(int stories) {
        tx(
                () -> {
                    for (int i = 0; i < stories; i++) {
                        story(
                                "Story " + i,
                                i % 2 == 0
                                        ? Audience.everyone()
                                        : Audience.departments(Set.of(DESIGN)),
                                Set.of(ContributingFactor.TIME_PRESSURE),
                                i % 3 == 0,
                                i);
                    }
                    return null;
                });
        database.entityManager().flushAll();
        database.statements().reset();

        List<FailureStory> page = target.exportPage(0, 500);

        assertEquals(stories, page.size());
        return database.statements().count();
    }
}
