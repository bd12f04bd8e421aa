package org.experimentlog.app;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.experimentlog.app.command.Conclude;
import org.experimentlog.app.command.EditHypothesis;
import org.experimentlog.app.command.OpenExperiment;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Learnings;
import org.experimentlog.testing.RecordingTransactions;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class ExperimentServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final UserRef MARIA = new UserRef("maria");
    private static final IssueRef ISSUE = new IssueRef(10012, "PERMIT-12");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private RegistrationRepository registrations;
    @Mock private PublicationRepository publications;
    @Mock private ExperimentRepository experiments;
    @Mock private FailureStoryRepository stories;
    @Mock private OutcomeRepository outcomes;
    @Mock private SettingsCache settings;
    @Mock private DepartmentRepository departments;
    @Mock private IssueGateway issues;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private final RecordingTransactions transactions = new RecordingTransactions();
    private ExperimentService target;

    @Before
    public void setUp() {
        target =
                new ExperimentService(
                        experiments,
                        stories,
                        outcomes,
                        departments,
                        settings,
                        issues,
                        access,
                        audit,
                        FixedClock.at(NOW),
                        transactions,
                        registrations,
                        publications,
                        new Caller(users, access, departments));
        when(settings.settings()).thenReturn(AppSettings.defaults());
        when(users.currentUser()).thenReturn(Optional.of(MARIA));
        when(issues.findByKey("PERMIT-12"))
                .thenReturn(Optional.of(new IssueSummary(ISSUE, "Shorter permit form", true)));
        when(access.canBrowse(MARIA, ISSUE)).thenReturn(true);
        when(access.canEdit(MARIA, ISSUE)).thenReturn(true);
        when(experiments.save(any(Experiment.class)))
                .thenAnswer(
                        call -> {
                            Experiment e = call.getArgument(0);
                            return e.storedAs(e.id().orElse(new ExperimentId(41)), e.version() + 1);
                        });
    }

    @Test
    public void open_shouldStoreADesigningExperiment_andAuditIt_inOneTransaction() {
        Experiment result = target.open(new OpenExperiment("PERMIT-12"));

        assertEquals(Stage.DESIGNING, result.stage());
        assertEquals(MARIA, result.createdBy());
        assertEquals(1, transactions.runs());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(
                new AuditEntry(
                        MARIA,
                        NOW,
                        AuditedType.EXPERIMENT,
                        41,
                        AuditAction.CREATED,
                        "Opened the experiment on PERMIT-12.",
                        AuditText.of(AuditKey.EXPERIMENT_OPENED, "PERMIT-12")),
                entry.getValue());
    }

    @Test
    public void open_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(
                NotAuthenticatedException.class,
                () -> target.open(new OpenExperiment("PERMIT-12")));

        verify(experiments, never()).save(any(Experiment.class));
    }

    @Test
    public void open_shouldSayNotFound_whenTheCallerMayNotBrowseTheIssue() {
        when(access.canBrowse(MARIA, ISSUE)).thenReturn(false);

        NotFoundException e =
                assertThrows(
                        NotFoundException.class,
                        () -> target.open(new OpenExperiment("PERMIT-12")));

        assertEquals(
                "Issue PERMIT-12 does not exist or you do not have permission to see it.",
                e.getMessage());
        verify(audit, never()).record(any());
    }

    @Test
    public void open_shouldBeForbidden_whenTheCallerMayBrowseButNotEdit() {
        when(access.canEdit(MARIA, ISSUE)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(
                        AccessDeniedException.class,
                        () -> target.open(new OpenExperiment("PERMIT-12")));

        assertEquals(
                "Could not open the experiment: you do not have permission to edit PERMIT-12.",
                e.getMessage());
    }

    @Test
    public void open_shouldRefuse_whenTheIssueIsNotAnExperiment() {
        when(issues.findByKey("PERMIT-12"))
                .thenReturn(Optional.of(new IssueSummary(ISSUE, "A bug", false)));

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> target.open(new OpenExperiment("PERMIT-12")));

        assertEquals(
                "Could not open the experiment: PERMIT-12 is not an issue of type Experiment.",
                e.getMessage());
    }

    @Test
    public void editHypothesis_shouldRaiseStaleVersion_whenTheCallerReadAnOlderVersion() {
        when(experiments.findByIssue(ISSUE.id()))
                .thenReturn(
                        Optional.of(
                                anExperiment()
                                        .onIssue(ISSUE.id(), ISSUE.key())
                                        .withVersion(4)
                                        .build()));

        assertThrows(
                StaleVersionException.class,
                () ->
                        target.editHypothesis(
                                new EditHypothesis("PERMIT-12", 3, Hypothesis.empty())));

        verify(experiments, never()).save(any(Experiment.class));
    }

    @Test
    public void conclude_shouldRefuse_whenTheExperimentHasNoLearning() {
        Experiment analysing =
                anExperiment().analysing().onIssue(ISSUE.id(), ISSUE.key()).withVersion(2).build();
        when(experiments.findByIssue(ISSUE.id())).thenReturn(Optional.of(analysing));
        when(experiments.learningsOf(analysing.requireId())).thenReturn(List.of());

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () ->
                                target.conclude(
                                        new Conclude("PERMIT-12", 2, Verdict.INVALIDATED, null)));

        assertEquals("Could not conclude the experiment: a learning is required.", e.getMessage());
        verify(audit, never()).record(any());
    }

    @Test
    public void conclude_shouldAuditTheVerdictAsAWordOfItsOwn_notAsEnglishText() {
        Experiment analysing =
                anExperiment().analysing().onIssue(ISSUE.id(), ISSUE.key()).withVersion(2).build();
        when(experiments.findByIssue(ISSUE.id())).thenReturn(Optional.of(analysing));
        when(experiments.learningsOf(analysing.requireId()))
                .thenReturn(List.of(Learnings.aLearning().build()));

        target.conclude(new Conclude("PERMIT-12", 2, Verdict.INVALIDATED, null));

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(
                Optional.of(
                        AuditText.of(
                                AuditKey.EXPERIMENT_CONCLUDED_AS,
                                "PERMIT-12",
                                AuditText.word(Verdict.INVALIDATED))),
                entry.getValue().keyed());
        assertEquals("Concluded PERMIT-12 as invalidated.", entry.getValue().summary());
    }

    @Test
    public void deleteWithIssue_shouldDetachStoriesDeleteTheExperimentAndAuditIt() {
        Experiment stored = anExperiment().onIssue(ISSUE.id(), ISSUE.key()).build();
        when(experiments.findByIssue(ISSUE.id())).thenReturn(Optional.of(stored));
        when(stories.detachExperiment(stored.requireId(), ISSUE.id())).thenReturn(2);

        target.deleteWithIssue(ISSUE.id(), MARIA);

        verify(stories).detachExperiment(stored.requireId(), ISSUE.id());
        verify(experiments).delete(stored.requireId());
        verify(audit)
                .record(
                        new AuditEntry(
                                MARIA,
                                NOW,
                                AuditedType.EXPERIMENT,
                                stored.requireId().value(),
                                AuditAction.DELETED,
                                "Deleted the experiment of PERMIT-12 with its issue; 2 failure stories keep their "
                                        + "text without the link.",
                                AuditText.of(
                                        AuditKey.EXPERIMENT_DELETED_WITH_ISSUE, "PERMIT-12", 2)));
        assertEquals(1, transactions.runs());
    }

    @Test
    public void list_shouldSayNotFound_whenTheCallerMayNotBrowseTheProject() {
        when(access.canBrowseProject(MARIA, new ProjectKey("PERMIT"))).thenReturn(false);

        NotFoundException e =
                assertThrows(
                        NotFoundException.class,
                        () -> target.list(new ProjectKey("PERMIT"), PageRequest.first(10)));

        assertEquals(
                "Could not list the experiments: project PERMIT does not exist or you do not have permission to see it.",
                e.getMessage());
        verify(experiments, never()).list(any(), any());
    }

    @Test
    public void list_shouldReturnTheRepositoryPage_whenTheCallerMayBrowseTheProject() {
        ProjectKey permit = new ProjectKey("PERMIT");
        Page<ExperimentRecord> page = new Page<>(List.of(), 0, 10, 0);
        when(access.canBrowseProject(MARIA, permit)).thenReturn(true);
        when(experiments.list(ExperimentQuery.inProject(permit), PageRequest.first(10)))
                .thenReturn(page);

        assertEquals(page, target.list(permit, PageRequest.first(10)));
    }
}
