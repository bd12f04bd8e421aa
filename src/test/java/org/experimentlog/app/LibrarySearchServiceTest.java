package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
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
import org.experimentlog.app.port.LibraryHit;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.LibrarySearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Learnings;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class LibrarySearchServiceTest {
    private static final UserRef MARIA = Users.MARIA;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");
    private static final ProjectKey SECRET = new ProjectKey("SECRET");
    private static final PageRequest PAGE = new PageRequest(0, 3);
    private static final LearningHit PERMIT_HIT =
            new LearningHit(
                    Learnings.aLearning().withId(1).build(),
                    new IssueRef(10012, "PERMIT-12"),
                    Stage.RUNNING,
                    null);
    private static final LearningHit HIDDEN_HIT =
            new LearningHit(
                    Learnings.aLearning().withId(2).build(),
                    new IssueRef(10013, "PERMIT-13"),
                    Stage.RUNNING,
                    null);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private LibrarySearch library;
    @Mock private LearningSearch learnings;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private DepartmentRepository departments;

    private final Clock clock = new FixedClock(Instant.parse("2026-03-02T09:15:00Z"), AMSTERDAM);
    private final LibraryResult found =
            new LibraryResult(
                    new Page<>(
                            List.of(
                                    LibraryHit.of(PERMIT_HIT),
                                    LibraryHit.of(FailureStories.aFailureStory().build())),
                            0,
                            3,
                            9),
                    5,
                    4);
    private LibrarySearchService target;

    @Before
    public void setUp() {
        target =
                new LibrarySearchService(
                        library,
                        new LearningVisibility(learnings, access),
                        clock,
                        new Caller(users, access, departments));
        when(users.currentUser()).thenReturn(Optional.of(MARIA));
        when(departments.list())
                .thenReturn(
                        List.of(
                                Department.stored(
                                        new DepartmentId(3), "Design", "dept-design", 1)));
        when(users.isMember(MARIA, "dept-design")).thenReturn(true);
        when(learnings.projectsWithLearnings()).thenReturn(Set.of(PERMIT, SECRET));
        when(access.canBrowseProject(MARIA, PERMIT)).thenReturn(true);
        when(access.canBrowse(eq(MARIA), any())).thenReturn(true);
        when(library.search(any(), any(), any(), any())).thenReturn(found);
    }

    @Test
    public void
            search_shouldSearchBrowsableProjects_asAReaderWithTheirDepartments_inTheHostsZone() {
        LibraryResult result = target.search(LearningQuery.all(), LibraryOrder.RELEVANCE, PAGE);

        assertSame(found, result);
        ArgumentCaptor<LearningQuery> query = ArgumentCaptor.forClass(LearningQuery.class);
        verify(library)
                .search(
                        query.capture(),
                        eq(new Reader(MARIA, Set.of(new DepartmentId(3)), false)),
                        eq(LibraryOrder.RELEVANCE),
                        eq(PAGE));
        assertEquals(Optional.of(Set.of(PERMIT)), query.getValue().visibleProjectsIfRestricted());
        assertEquals(AMSTERDAM, query.getValue().zone());
    }

    @Test
    public void search_shouldDropALearningInAHiddenIssue_andTakeItOffTheTotals() {
        LibraryResult withHidden =
                new LibraryResult(
                        new Page<>(
                                List.of(LibraryHit.of(PERMIT_HIT), LibraryHit.of(HIDDEN_HIT)),
                                0,
                                3,
                                9),
                        5,
                        4);
        when(library.search(any(), any(), any(), any())).thenReturn(withHidden);
        when(access.canBrowse(MARIA, HIDDEN_HIT.issue())).thenReturn(false);

        LibraryResult result = target.search(LearningQuery.all(), LibraryOrder.NEWEST, PAGE);

        assertEquals(List.of(LibraryHit.of(PERMIT_HIT)), result.page().items());
        assertEquals(8, result.page().total());
        assertEquals(4, result.learnings());
        assertEquals(4, result.stories());
    }

    @Test
    public void search_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(
                NotAuthenticatedException.class,
                () -> target.search(LearningQuery.all(), LibraryOrder.NEWEST, PAGE));

        verify(library, never()).search(any(), any(), any(), any());
    }

    @Test
    public void tags_shouldAskOnlyForTagsOfBrowsableProjects() {
        when(library.tagsStartingWith("fo", Set.of(PERMIT), LibrarySearchService.TAG_SUGGESTIONS))
                .thenReturn(List.of("forms"));

        assertEquals(List.of("forms"), target.tags("fo"));
    }
}
