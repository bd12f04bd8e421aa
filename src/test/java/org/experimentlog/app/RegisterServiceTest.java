package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.PublishingSettingsRepository;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * Publishing: who may, what becomes public (and what never does), versions, withdrawal, and the
 * audit of each.
 */
public class RegisterServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final ExperimentId ID = new ExperimentId(Experiments.ID);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private ExperimentRepository experiments;
    @Mock private RegistrationRepository registrations;
    @Mock private PublicationRepository publications;
    @Mock private PublishingSettingsRepository publishing;
    @Mock private SettingsRepository settings;
    @Mock private OutcomeRepository outcomes;
    @Mock private DepartmentRepository departments;
    @Mock private FailureStoryRepository stories;
    @Mock private IssueGateway issues;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private RegisterService target;
    private Experiment concluded;

    @Before
    public void setUp() {
        target =
                new RegisterService(
                        experiments,
                        registrations,
                        publications,
                        publishing,
                        settings,
                        outcomes,
                        departments,
                        stories,
                        issues,
                        access,
                        users,
                        audit,
                        FixedClock.at(NOW),
                        new RecordingTransactions(),
                        new Caller(users, access, departments));
        concluded = Experiments.anExperiment().concluded().build();
        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        when(users.displayName(any()))
                .thenAnswer(call -> Optional.of("Name of " + call.getArgument(0)));
        when(issues.findByKey("PERMIT-12"))
                .thenReturn(
                        Optional.of(
                                new IssueSummary(
                                        Experiments.ISSUE, "Pre-filled renewal form", true)));
        when(access.canBrowse(Users.MARIA, Experiments.ISSUE)).thenReturn(true);
        when(access.canEdit(Users.MARIA, Experiments.ISSUE)).thenReturn(true);
        when(experiments.findByIssue(Experiments.ISSUE.id())).thenReturn(Optional.of(concluded));
        when(experiments.recordOf(ID))
                .thenReturn(
                        Optional.of(
                                new ExperimentRecord(concluded, List.of(), List.of(), List.of())));
        when(settings.load()).thenReturn(AppSettings.defaults());
        when(publishing.load()).thenReturn(on(Set.of(), true));
        when(departments.list())
                .thenReturn(
                        List.of(
                                Department.stored(Departments.PRODUCT, "Product", null, 1),
                                Department.stored(Departments.OPERATIONS, "Operations", null, 1)));
        when(publications.save(any()))
                .thenAnswer(call -> ((Publication) call.getArgument(0)).storedAs(9));
    }

    private static PublishingSettings on(Set<DepartmentId> allowed, boolean names) {
        return new PublishingSettings(
                true, Licence.CC_BY_4_0, "Exampleton", null, allowed, names, 3);
    }

    @Test
    public void preview_shouldNeverNameTheAuthorOfAnAnonymousStory_evenWhenNamesAreAllowed() {
        FailureStory anonymous = FailureStories.aFailureStory().anonymous().build();
        when(stories.about(ID)).thenReturn(List.of(anonymous));

        PublicRecord record = target.preview("PERMIT-12", List.of(anonymous.requireId()));

        assertEquals(1, record.stories().size());
        assertNull(record.stories().get(0).author());
        assertEquals("Pre-filled renewal form", record.title());
    }

    @Test
    public void preview_shouldRefuseAStoryThatIsNotSharedWithEveryone() {
        FailureStory internal =
                FailureStories.aFailureStory().sharedWithDepartments(Departments.PRODUCT).build();
        when(stories.about(ID)).thenReturn(List.of(internal));

        assertThrows(
                RuleViolationException.class,
                () -> target.preview("PERMIT-12", List.of(internal.requireId())));
    }

    @Test
    public void preview_shouldRefuse_whenNoneOfTheExperimentsDepartmentsMayPublish() {
        when(publishing.load()).thenReturn(on(Set.of(new DepartmentId(999)), false));

        assertThrows(RuleViolationException.class, () -> target.preview("PERMIT-12", List.of()));
    }

    @Test
    public void publish_shouldStoreTheNextVersion_andAuditIt() {
        Publication first =
                Publication.publish(
                                ID,
                                1,
                                target.preview("PERMIT-12", List.of()),
                                Set.of(),
                                Set.of(),
                                Users.MARIA,
                                NOW)
                        .storedAs(8);
        when(publications.versionsOf(ID)).thenReturn(List.of(first));

        Publication saved = target.publish("PERMIT-12", List.of());

        assertEquals(2, saved.version());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(AuditAction.PUBLISHED, entry.getValue().action());
        assertEquals(
                Optional.of(
                        AuditText.of(AuditKey.PUBLISHED_VERSION, 2, "PERMIT-12", ID.toString())),
                entry.getValue().keyed());
    }

    @Test
    public void publish_shouldBeRefused_toWhoeverMayNotEditTheIssue_andWhilePublishingIsOff() {
        when(access.canEdit(Users.MARIA, Experiments.ISSUE)).thenReturn(false);
        assertThrows(AccessDeniedException.class, () -> target.publish("PERMIT-12", List.of()));

        when(access.canEdit(Users.MARIA, Experiments.ISSUE)).thenReturn(true);
        when(publishing.load()).thenReturn(PublishingSettings.defaults());
        assertThrows(RuleViolationException.class, () -> target.publish("PERMIT-12", List.of()));

        verify(publications, never()).save(any());
    }

    @Test
    public void publish_shouldBeRefused_whileTheExperimentIsStillRunning() {
        when(experiments.findByIssue(Experiments.ISSUE.id()))
                .thenReturn(Optional.of(Experiments.anExperiment().running().build()));

        assertThrows(RuleViolationException.class, () -> target.publish("PERMIT-12", List.of()));
    }

    @Test
    public void withdraw_shouldKeepTheReason_andAuditIt() {
        Publication first =
                Publication.publish(
                                ID,
                                1,
                                target.preview("PERMIT-12", List.of()),
                                Set.of(),
                                Set.of(),
                                Users.MARIA,
                                NOW)
                        .storedAs(8);
        when(publications.versionsOf(ID)).thenReturn(List.of(first));

        Publication withdrawn = target.withdraw("PERMIT-12", "The figures were wrong.");

        assertEquals("The figures were wrong.", withdrawn.withdrawal().reason());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(AuditAction.WITHDRAWN, entry.getValue().action());
        assertEquals(
                Optional.of(
                        AuditText.of(
                                AuditKey.PUBLICATION_WITHDRAWN,
                                1,
                                "PERMIT-12",
                                "The figures were wrong.")),
                entry.getValue().keyed());
    }

    @Test
    public void theRegister_shouldNotExist_whilePublishingIsOff() {
        when(publishing.load()).thenReturn(PublishingSettings.defaults());

        assertThrows(NotFoundException.class, () -> target.entry(Experiments.ID));
        assertThrows(NotFoundException.class, () -> target.feed());
        verify(publications, never()).versionsOf(any());
    }

    @Test
    public void saveSettings_shouldBeForAdministratorsOnly() {
        assertThrows(AccessDeniedException.class, () -> target.saveSettings(on(Set.of(), false)));

        verify(publishing, never()).save(any());
    }
}
