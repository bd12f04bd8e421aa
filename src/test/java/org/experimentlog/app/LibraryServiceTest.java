package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LearningSearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Learnings;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class LibraryServiceTest {
    private static final UserRef MARIA = Users.MARIA;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");
    private static final ProjectKey MOVE = new ProjectKey("MOVE");
    private static final ProjectKey SECRET = new ProjectKey("SECRET");
    private static final PageRequest PAGE = new PageRequest(10, 2);
    private static final LearningHit PERMIT_HIT =
            new LearningHit(
                    Learnings.aLearning().withId(1).build(),
                    new IssueRef(10012, "PERMIT-12"),
                    Stage.CONCLUDED,
                    Verdict.VALIDATED);
    private static final LearningHit MOVE_HIT =
            new LearningHit(
                    Learnings.aLearning().withId(2).build(),
                    new IssueRef(20001, "MOVE-1"),
                    Stage.RUNNING,
                    null);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private LearningSearch library;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private DepartmentRepository departments;

    private final Clock clock = new FixedClock(Instant.parse("2026-03-02T09:15:00Z"), AMSTERDAM);
    private final LearningQuery query =
            LearningQuery.matching(
                    "form", new Tag("forms"), null, null, null, LocalDate.of(2026, 3, 1), null);
    private final Page<LearningHit> found = new Page<>(List.of(PERMIT_HIT, MOVE_HIT), 10, 2, 14);
    private LibraryService target;

    @Before
    public void setUp() {
        target =
                new LibraryService(
                        library,
                        new LearningVisibility(library, access),
                        new Caller(users, access, departments),
                        clock);
        when(users.currentUser()).thenReturn(Optional.of(MARIA));
        when(library.projectsWithLearnings()).thenReturn(Set.of(PERMIT, MOVE, SECRET));
        when(access.canBrowseProject(MARIA, PERMIT)).thenReturn(true);
        when(access.canBrowseProject(MARIA, MOVE)).thenReturn(true);
        when(access.canBrowse(MARIA, PERMIT_HIT.issue())).thenReturn(true);
        when(access.canBrowse(MARIA, MOVE_HIT.issue())).thenReturn(true);
        when(library.search(any(), any())).thenReturn(found);
    }

    private LearningQuery searched() {
        ArgumentCaptor<LearningQuery> searched = ArgumentCaptor.forClass(LearningQuery.class);
        verify(library).search(searched.capture(), any());
        return searched.getValue();
    }

    @Test
    public void search_shouldReturnThePageAsFound_whenTheCallerMaySeeEveryHit() {
        Page<LearningHit> page = target.search(query, PAGE);

        assertSame(found, page);
        verify(library).search(any(), ArgumentMatchers.eq(PAGE));
    }

    @Test
    public void search_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.search(query, PAGE));

        verify(library, never()).search(any(), any());
    }

    @Test
    public void search_shouldOnlySearchTheProjectsTheCallerMayBrowse_withTheCriteriaUnchanged() {
        target.search(query, PAGE);

        LearningQuery searched = searched();
        assertEquals(Set.of(PERMIT, MOVE), searched.visibleProjects());
        assertEquals("form", searched.text());
        assertEquals(new Tag("forms"), searched.tag());
        assertEquals(LocalDate.of(2026, 3, 1), searched.from());
    }

    @Test
    public void search_shouldCountDaysInTheHostsTimeZone() {
        target.search(query, PAGE);

        assertEquals(AMSTERDAM, searched().zone());
    }

    @Test
    public void search_shouldSearchNoProjectAtAll_whenTheCallerMayBrowseNone() {
        when(access.canBrowseProject(any(), any())).thenReturn(false);

        target.search(query, PAGE);

        assertEquals(Set.of(), searched().visibleProjects());
    }

    @Test
    public void search_shouldKeepTheCallersOwnProjectRestriction_withinWhatTheyMayBrowse() {
        target.search(query.visibleIn(Set.of(MOVE, SECRET)), PAGE);

        assertEquals(Set.of(MOVE), searched().visibleProjects());
    }

    @Test
    public void search_shouldLeaveOutAndUncountAHit_whenIssueSecurityHidesItsIssue() {
        when(access.canBrowse(MARIA, PERMIT_HIT.issue())).thenReturn(false);

        Page<LearningHit> page = target.search(query, PAGE);

        assertEquals(List.of(MOVE_HIT), page.items());
        assertEquals(13, page.total());
        assertEquals(10, page.startAt());
        assertEquals(2, page.maxResults());
    }
}
