package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentProjects;
import org.experimentlog.app.port.ExperimentProjects.ProjectUse;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class ProjectSetupServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private ExperimentProjects projects;
    @Mock private ExperimentRepository experiments;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private DepartmentRepository departments;
    @Mock private AuditLog audit;

    private ProjectSetupService target;

    @Before
    public void setUp() {
        target =
                new ProjectSetupService(
                        projects,
                        experiments,
                        access,
                        audit,
                        FixedClock.at(NOW),
                        new RecordingTransactions(),
                        new Caller(users, access, departments));
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));
        when(access.isAdministrator(Users.ADMIN)).thenReturn(true);
        when(projects.offer(any(), anyBoolean()))
                .thenAnswer(
                        call ->
                                new ProjectUse(
                                        call.getArgument(0),
                                        "Parking permits",
                                        call.getArgument(1),
                                        false));
        when(experiments.list(ExperimentQuery.inProject(PERMIT), PageRequest.first(1)))
                .thenReturn(Page.of(List.of(), PageRequest.first(1), 0));
    }

    @Test
    public void offer_shouldOfferTheTypeAndAuditIt() {
        ProjectUse result = target.offer(PERMIT, true);

        assertEquals(new ProjectUse(PERMIT, "Parking permits", true, false), result);
        verify(audit)
                .record(
                        new AuditEntry(
                                Users.ADMIN,
                                NOW,
                                AuditedType.SETTINGS,
                                1,
                                AuditAction.UPDATED,
                                "Offered the Experiment issue type in project PERMIT.",
                                AuditText.of(AuditKey.PROJECT_OFFERED, "PERMIT", 0)));
    }

    @Test
    public void offer_shouldWithdrawTheType_whenTheProjectHasNoExperiments() {
        target.offer(PERMIT, false);

        verify(projects).offer(PERMIT, false);
        verify(audit)
                .record(
                        new AuditEntry(
                                Users.ADMIN,
                                NOW,
                                AuditedType.SETTINGS,
                                1,
                                AuditAction.UPDATED,
                                "Stopped offering the Experiment issue type in project PERMIT.",
                                AuditText.of(AuditKey.PROJECT_NOT_OFFERED, "PERMIT", 0)));
    }

    @Test
    public void offer_shouldKeepTheType_whenTheProjectStillHasExperiments() {
        when(experiments.list(ExperimentQuery.inProject(PERMIT), PageRequest.first(1)))
                .thenReturn(Page.of(List.of(), PageRequest.first(1), 3));

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> target.offer(PERMIT, false));

        assertEquals(
                "Could not stop offering the Experiment issue type in PERMIT: the project has 3 experiments. "
                        + "Move or delete them first.",
                e.getMessage());
        verify(projects, never()).offer(any(), anyBoolean());
        verify(audit, never()).record(any());
    }

    /**
     * Withdrawing it from a project on the shared default scheme withdraws it from every project on
     * that scheme.
     */
    @Test
    public void offer_shouldKeepTheType_whenAnotherProjectOnTheSharedSchemeHasExperiments() {
        ProjectKey billing = new ProjectKey("BILLING");
        ProjectKey own = new ProjectKey("OWN");
        when(projects.projects())
                .thenReturn(
                        List.of(
                                new ProjectUse(billing, "Billing", true, true),
                                new ProjectUse(own, "Own scheme", true, false),
                                new ProjectUse(PERMIT, "Parking permits", true, true)));
        when(experiments.list(ExperimentQuery.inProject(billing), PageRequest.first(1)))
                .thenReturn(Page.of(List.of(), PageRequest.first(1), 2));
        when(experiments.list(ExperimentQuery.inProject(own), PageRequest.first(1)))
                .thenReturn(Page.of(List.of(), PageRequest.first(1), 5));

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> target.offer(PERMIT, false));

        assertEquals(Optional.of("offered"), e.field());
        assertTrue(e.getMessage(), e.getMessage().contains("BILLING"));
        verify(projects, never()).offer(any(), anyBoolean());
        verify(audit, never()).record(any());
    }

    @Test
    public void offer_shouldWithdrawTheType_whenNoProjectOnTheSharedSchemeHasExperiments() {
        ProjectKey billing = new ProjectKey("BILLING");
        when(projects.projects())
                .thenReturn(
                        List.of(
                                new ProjectUse(billing, "Billing", true, true),
                                new ProjectUse(PERMIT, "Parking permits", true, true)));
        when(experiments.list(ExperimentQuery.inProject(billing), PageRequest.first(1)))
                .thenReturn(Page.of(List.of(), PageRequest.first(1), 0));

        target.offer(PERMIT, false);

        verify(projects).offer(PERMIT, false);
    }

    @Test
    public void offer_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        assertThrows(AccessDeniedException.class, () -> target.offer(PERMIT, true));

        verify(projects, never()).offer(any(), anyBoolean());
    }

    @Test
    public void projects_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        assertThrows(AccessDeniedException.class, () -> target.projects());

        verify(projects, never()).projects();
    }
}
