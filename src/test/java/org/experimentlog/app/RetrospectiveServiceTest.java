package org.experimentlog.app;

import static org.experimentlog.testing.Retrospectives.aRetrospective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.experimentlog.app.command.HoldRetrospective;
import org.experimentlog.app.command.ProposedAction;
import org.experimentlog.app.command.ReviseRetrospective;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Retrospectives;
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

/**
 * Holding and revising retrospectives. The caller is Maria, no administrator, who held
 * retrospective {@value Retrospectives#ID}.
 */
public class RetrospectiveServiceTest {
    private static final Instant NOW = Instant.parse("2026-07-01T09:15:00Z");
    private static final RetrospectiveId HELD = new RetrospectiveId(Retrospectives.ID);
    private static final RetrospectiveId NEW = new RetrospectiveId(702);
    private static final Scope OPERATIONS = Scope.department(Departments.OPERATIONS);
    private static final Period Q2 = Period.quarterOf(LocalDate.of(2026, 4, 1));
    private static final List<RetroAction> ACTIONS =
            List.of(
                    new RetroAction(
                            new ActionId(1),
                            "Run one experiment per district",
                            Users.JOOST,
                            LocalDate.of(2026, 5, 15),
                            true),
                    new RetroAction(
                            null, "Write down the baseline before starting", null, null, false));

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private RetrospectiveRepository retrospectives;
    @Mock private RetrospectiveFigures figures;
    @Mock private DepartmentRepository departments;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;
    @Mock private SettingsRepository settings;

    private final RecordingTransactions transactions = new RecordingTransactions();
    private long version;
    private RetrospectiveService target;

    @Before
    public void setUp() {
        target =
                new RetrospectiveService(
                        retrospectives,
                        figures,
                        access,
                        users,
                        audit,
                        FixedClock.at(NOW),
                        transactions,
                        settings,
                        new Caller(users, access, departments));
        version = 1;

        // Maria is a member of Operations, the department her retrospective reviewed, so she may
        // hold and revise it.
        when(departments.list())
                .thenReturn(
                        List.of(
                                Department.stored(
                                        Departments.OPERATIONS,
                                        "Operations",
                                        "dept-operations",
                                        1)));
        when(users.isMember(Users.MARIA, "dept-operations")).thenReturn(true);
        when(settings.load()).thenReturn(AppSettings.defaults());
        when(access.canEditProject(any(), any())).thenReturn(true);

        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        when(access.isAdministrator(Users.ADMIN)).thenReturn(true);
        when(access.canBrowseProject(any(), any())).thenReturn(true);
        when(retrospectives.find(HELD)).thenReturn(Optional.of(aRetrospective().build()));
        when(retrospectives.save(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            Retrospective changed = call.getArgument(0);
                            return changed.storedAs(
                                    changed.id().orElse(NEW),
                                    changed.actions(),
                                    changed.version() + 1);
                        });
        doAnswer(
                        call -> {
                            transactions.write();
                            return null;
                        })
                .when(audit)
                .record(any());
    }

    private static HoldRetrospective holdCommand() {
        return new HoldRetrospective(
                OPERATIONS,
                Q2,
                "Operations, second quarter",
                "Two pivots, one learning worth sharing.",
                proposed(ACTIONS));
    }

    private ReviseRetrospective reviseCommand() {
        return new ReviseRetrospective(
                HELD,
                version,
                "Permits, first quarter (revised)",
                "Added what the service desk told us.",
                proposed(ACTIONS));
    }

    private static List<ProposedAction> proposed(List<RetroAction> actions) {
        return actions.stream().map(ProposedAction::of).toList();
    }

    private Retrospective savedRetrospective() {
        ArgumentCaptor<Retrospective> saved = ArgumentCaptor.forClass(Retrospective.class);
        verify(retrospectives).save(saved.capture());
        return saved.getValue();
    }

    private AuditEntry audited() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        return entry.getValue();
    }

    private void assertNothingWritten() {
        verify(retrospectives, never()).save(any());
        verify(audit, never()).record(any());
    }

    @Test
    public void heldOn_shouldListTheRetrospectivesOfTheScope_whenSomebodyIsLoggedIn() {
        List<Retrospective> held = List.of(aRetrospective().build());
        when(retrospectives.listFor(Retrospectives.SCOPE)).thenReturn(held);

        List<Retrospective> result = target.heldOn(Retrospectives.SCOPE);

        assertEquals(held, result);
    }

    @Test
    public void projects_shouldListOnlyTheProjectsTheCallerMayBrowse_byKey() {
        when(figures.projectsWithExperiments())
                .thenReturn(
                        Set.of(
                                new ProjectKey("PERMIT"),
                                new ProjectKey("MOVE"),
                                new ProjectKey("SECRET")));
        when(access.canBrowseProject(Users.MARIA, new ProjectKey("SECRET"))).thenReturn(false);

        List<ProjectKey> result = target.projects();

        assertEquals(List.of(new ProjectKey("MOVE"), new ProjectKey("PERMIT")), result);
    }

    @Test
    public void heldOn_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.heldOn(Retrospectives.SCOPE));

        verify(retrospectives, never()).listFor(any());
    }

    @Test
    public void save_shouldStoreANewRetrospectiveByTheCaller_andAuditIt_inOneTransaction() {
        Retrospective result = target.hold(holdCommand());

        Retrospective saved = savedRetrospective();
        assertEquals(Optional.empty(), saved.id());
        assertEquals(OPERATIONS, saved.scope());
        assertEquals(Q2, saved.period());
        assertEquals("Operations, second quarter", saved.title());
        assertEquals(Optional.of("Two pivots, one learning worth sharing."), saved.notes());
        assertEquals(ACTIONS, saved.actions());
        assertEquals(Users.MARIA, saved.createdBy());
        assertEquals(NOW, saved.createdAt());
        assertEquals(NEW, result.requireId());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.RETROSPECTIVE,
                        NEW.value(),
                        AuditAction.CREATED,
                        "Saved the retrospective \"Operations, second quarter\" with 2 actions.",
                        AuditText.of(
                                AuditKey.RETROSPECTIVE_SAVED, "Operations, second quarter", 2)),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void save_shouldStoreTheOwnersUserKey_whenAnActionNamesItsOwnerByUserName() {
        when(users.findByName("joost")).thenReturn(Optional.of(Users.JOOST));
        RetroAction typed = new RetroAction(null, "Call three districts", null, null, false);

        target.hold(
                new HoldRetrospective(
                        OPERATIONS,
                        Q2,
                        "Operations, second quarter",
                        null,
                        List.of(new ProposedAction(typed, " joost "))));

        assertEquals(
                List.of(new RetroAction(null, "Call three districts", Users.JOOST, null, false)),
                savedRetrospective().actions());
    }

    @Test
    public void save_shouldRefuseAndNameTheActionsOwner_whenNoUserLogsInWithTheOwnerName() {
        when(users.findByName("jost")).thenReturn(Optional.empty());
        List<ProposedAction> actions =
                List.of(
                        ProposedAction.of(ACTIONS.get(0)),
                        new ProposedAction(ACTIONS.get(1), "jost"));

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.revise(
                                        new ReviseRetrospective(
                                                HELD,
                                                version,
                                                "Permits, first quarter",
                                                null,
                                                actions)));

        assertEquals(Optional.of("actions[1].ownerName"), e.field());
        assertEquals(
                "Could not save the retrospective: no user logs in as \"jost\".", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void save_shouldRefuseTooManyActions_withoutLookingUpAnyOwner() {
        when(users.findByName("joost")).thenReturn(Optional.of(Users.JOOST));
        List<ProposedAction> actions =
                IntStream.rangeClosed(0, Retrospective.MAX_ACTIONS)
                        .mapToObj(
                                i ->
                                        new ProposedAction(
                                                new RetroAction(
                                                        null, "Action " + i, null, null, false),
                                                "joost"))
                        .toList();

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.hold(
                                        new HoldRetrospective(
                                                OPERATIONS,
                                                Q2,
                                                "Operations, second quarter",
                                                null,
                                                actions)));

        assertEquals(Optional.of("actions"), e.field());
        verify(users, never()).findByName(any());
        assertNothingWritten();
    }

    @Test
    public void save_shouldRefuseANewRetrospective_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.hold(holdCommand()));

        assertNothingWritten();
    }

    @Test
    public void
            save_shouldReviseTitleNotesAndActionsButKeepScopeAndPeriod_andAuditIt_inOneTransaction() {
        Retrospective result = target.revise(reviseCommand());

        Retrospective saved = savedRetrospective();
        assertEquals(Optional.of(HELD), saved.id());
        assertEquals(1, saved.version());
        assertEquals(Retrospectives.SCOPE, saved.scope());
        assertEquals(Retrospectives.PERIOD, saved.period());
        assertEquals("Permits, first quarter (revised)", saved.title());
        assertEquals(Optional.of("Added what the service desk told us."), saved.notes());
        assertEquals(ACTIONS, saved.actions());
        assertEquals(Users.MARIA, saved.createdBy());
        assertEquals(Retrospectives.HELD_AT, saved.createdAt());
        assertEquals(NOW, saved.updatedAt());
        assertEquals(2, result.version());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.RETROSPECTIVE,
                        HELD.value(),
                        AuditAction.UPDATED,
                        "Saved the retrospective \"Permits, first quarter (revised)\" with 2 actions.",
                        AuditText.of(
                                AuditKey.RETROSPECTIVE_SAVED,
                                "Permits, first quarter (revised)",
                                2)),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void save_shouldReviseSomeoneElsesRetrospective_whenTheCallerIsAnAdministrator() {
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));

        target.revise(reviseCommand());

        Retrospective saved = savedRetrospective();
        assertEquals("Permits, first quarter (revised)", saved.title());
        assertEquals(Users.MARIA, saved.createdBy());
        assertEquals(Users.ADMIN, audited().actor());
    }

    @Test
    public void mayRevise_shouldBeTrue_forTheAuthor() {
        boolean result = target.mayRevise(aRetrospective().build());

        assertTrue(result);
    }

    @Test
    public void mayRevise_shouldBeTrue_forAnAdministrator() {
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));

        boolean result = target.mayRevise(aRetrospective().build());

        assertTrue(result);
    }

    @Test
    public void mayRevise_shouldBeFalse_forSomeoneElse() {
        when(users.currentUser()).thenReturn(Optional.of(Users.JOOST));

        boolean result = target.mayRevise(aRetrospective().build());

        assertFalse(result);
    }

    @Test
    public void save_shouldBeForbidden_whenARevisionComesFromNeitherTheAuthorNorAnAdministrator() {
        when(users.currentUser()).thenReturn(Optional.of(Users.JOOST));

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.revise(reviseCommand()));

        assertEquals(
                "Could not save the retrospective: only the person who recorded it and administrators can "
                        + "change it.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void save_shouldRaiseStaleVersion_whenSomeoneElseRevisedTheRetrospectiveMeanwhile() {
        when(retrospectives.find(HELD))
                .thenReturn(Optional.of(aRetrospective().withVersion(2).build()));

        StaleVersionException e =
                assertThrows(StaleVersionException.class, () -> target.revise(reviseCommand()));

        assertEquals(Optional.of("version"), e.field());
        assertNothingWritten();
    }

    @Test
    public void save_shouldSayNotFound_whenTheRetrospectiveDoesNotExist() {
        when(retrospectives.find(HELD)).thenReturn(Optional.empty());

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.revise(reviseCommand()));

        assertEquals("Retrospective 701 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void save_shouldRefuseARevision_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.revise(reviseCommand()));

        assertNothingWritten();
    }

    @Test
    public void heldOn_shouldSayNotFound_whenTheCallerMayNotBrowseTheProject() {
        when(access.canBrowseProject(any(), any())).thenReturn(false);

        NotFoundException e =
                assertThrows(
                        NotFoundException.class,
                        () -> target.heldOn(Scope.project(new ProjectKey("PERMIT"))));

        assertEquals(
                "Project PERMIT does not exist or you do not have permission to see it.",
                e.getMessage());
    }

    @Test
    public void heldOn_shouldNotAskAboutProjects_whenTheScopeIsADepartment() {
        when(access.canBrowseProject(any(), any())).thenReturn(false);

        target.heldOn(OPERATIONS);

        verify(retrospectives).listFor(OPERATIONS);
    }

    @Test
    public void revise_shouldSayNotFound_whenTheCallerMayNoLongerBrowseItsProject() {
        when(access.canBrowseProject(any(), any())).thenReturn(false);

        assertThrows(NotFoundException.class, () -> target.revise(reviseCommand()));

        verify(retrospectives, never()).save(any());
    }

    @Test
    public void report_shouldCountOnlyTheProjectsTheCallerMayBrowse_inTheHostsZone() {
        ProjectKey open = new ProjectKey("PERMIT");
        ProjectKey closed = new ProjectKey("SECRET");
        when(figures.projectsWithExperiments()).thenReturn(Set.of(open, closed));
        when(access.canBrowseProject(Users.MARIA, closed)).thenReturn(false);
        RetrospectiveReport report =
                new RetrospectiveReport(
                        Scope.everything(),
                        Q2,
                        new RetrospectiveReport.ExperimentCounts(1, 0, 0, 1),
                        new RetrospectiveReport.VerdictMix(0, 0, 0, 0),
                        RetrospectiveReport.TimeToLearning.none(),
                        new RetrospectiveReport.IterationCounts(1, 0, List.of(1, 0, 0, 0, 0, 0)),
                        List.of(),
                        new FailureCounts(0, Map.of(), Map.of()),
                        Collaboration.none(),
                        List.of(),
                        List.of(),
                        0);
        when(figures.report(any())).thenReturn(report);

        RetrospectiveReport result = target.report(Scope.everything(), Q2);

        ArgumentCaptor<ReportQuery> query = ArgumentCaptor.forClass(ReportQuery.class);
        verify(figures).report(query.capture());
        assertEquals(report, result);
        assertEquals(Set.of(open), query.getValue().projects());
        assertEquals(Q2, query.getValue().period());
        assertEquals(Users.MARIA, query.getValue().reader().user());
        assertEquals(FixedClock.at(NOW).zone(), query.getValue().zone());
    }

    @Test
    public void report_shouldNarrowAProjectScopeToThatProject() {
        when(figures.projectsWithExperiments())
                .thenReturn(Set.of(new ProjectKey("PERMIT"), new ProjectKey("TAX")));

        target.report(Scope.project(new ProjectKey("TAX")), Q2);

        ArgumentCaptor<ReportQuery> query = ArgumentCaptor.forClass(ReportQuery.class);
        verify(figures).report(query.capture());
        assertEquals(Set.of(new ProjectKey("TAX")), query.getValue().projects());
    }

    @Test
    public void report_shouldNotFindAProjectTheCallerMayNotBrowse() {
        ProjectKey closed = new ProjectKey("SECRET");
        when(access.canBrowseProject(Users.MARIA, closed)).thenReturn(false);

        assertThrows(NotFoundException.class, () -> target.report(Scope.project(closed), Q2));
        assertThrows(
                NotFoundException.class,
                () -> target.reportExperiments(Scope.project(closed), Q2, row -> {}));
        assertThrows(NotFoundException.class, () -> target.requireReadable(Scope.project(closed)));
        target.requireReadable(Scope.project(new ProjectKey("PERMIT")));

        verify(figures, never()).report(any());
        verify(figures, never()).experiments(any(), any());
    }

    @Test
    public void defaultPeriod_shouldBeTheCurrentQuarter() {
        assertEquals(Period.quarterOf(LocalDate.of(2026, 7, 1)), target.defaultPeriod());
    }

    @Test
    public void hold_shouldRefuseAndWriteNothing_whenTheCallerMayReadButNotEditTheProject() {
        when(access.canEditProject(Users.MARIA, new ProjectKey("PERMIT"))).thenReturn(false);

        assertThrows(
                AccessDeniedException.class,
                () ->
                        target.hold(
                                new HoldRetrospective(
                                        Retrospectives.SCOPE,
                                        Q2,
                                        "PERMIT, second quarter",
                                        null,
                                        List.of())));

        assertNothingWritten();
    }

    @Test
    public void hold_shouldRefuse_whenTheCallerIsNoMemberOfTheDepartment() {
        when(users.isMember(Users.MARIA, "dept-operations")).thenReturn(false);

        assertThrows(AccessDeniedException.class, () -> target.hold(holdCommand()));

        assertNothingWritten();
    }

    @Test
    public void hold_shouldRefuse_whenTheScopeIsEverythingAndTheCallerManagesNoOutcomes() {
        assertThrows(
                AccessDeniedException.class,
                () ->
                        target.hold(
                                new HoldRetrospective(
                                        Scope.everything(), Q2, "Everything", null, List.of())));

        assertNothingWritten();
    }

    @Test
    public void hold_shouldStore_whenTheScopeIsEverythingAndTheCallerIsAnAdministrator() {
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));

        target.hold(new HoldRetrospective(Scope.everything(), Q2, "Everything", null, List.of()));

        assertEquals(Scope.everything(), savedRetrospective().scope());
    }

    @Test
    public void revise_shouldRefuse_whenTheAuthorMayNoLongerEditTheProject() {
        when(access.canEditProject(Users.MARIA, new ProjectKey("PERMIT"))).thenReturn(false);

        assertThrows(
                AccessDeniedException.class,
                () ->
                        target.revise(
                                new ReviseRetrospective(
                                        HELD, version, "Changed", null, List.of())));

        assertNothingWritten();
    }

    @Test
    public void delete_shouldDeleteAndAudit_whenTheAuthorDeletes() {
        target.delete(HELD);

        verify(retrospectives).delete(HELD);
        verify(audit)
                .record(
                        ArgumentMatchers.argThat(
                                e ->
                                        e.action() == AuditAction.DELETED
                                                && e.type() == AuditedType.RETROSPECTIVE));
    }

    @Test
    public void delete_shouldRefuse_whenTheCallerIsNotTheAuthor() {
        when(users.currentUser()).thenReturn(Optional.of(Users.JOOST));

        assertThrows(AccessDeniedException.class, () -> target.delete(HELD));

        verify(retrospectives, never()).delete(any());
    }
}
