package org.experimentlog.jira;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.experimentlog.app.Caller;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.Mockito;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * The listener with a real {@link ExperimentService} on mocked ports: what it deletes is what the
 * ports see.
 */
public class IssueDeletedListenerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final long ISSUE_ID = 10012;

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private RegistrationRepository registrations;
    @Mock private PublicationRepository publications;
    @Mock private EventPublisher events;
    @Mock private JiraAuthenticationContext authentication;
    @Mock private ApplicationUser maria;
    @Mock private IssueEvent event;
    @Mock private Issue issue;
    @Mock private ExperimentRepository experiments;
    @Mock private FailureStoryRepository stories;
    @Mock private OutcomeRepository outcomes;
    @Mock private DepartmentRepository departments;
    @Mock private SettingsCache settings;
    @Mock private IssueGateway issues;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final Experiment stored = anExperiment().onIssue(ISSUE_ID, "PERMIT-12").build();
    private IssueDeletedListener target;

    @Before
    public void setUp() {
        ExperimentService service =
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
        target = new IssueDeletedListener(events, service, authentication);
        when(maria.getKey()).thenReturn("JIRAUSER10100");
        when(authentication.getLoggedInUser()).thenReturn(maria);
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getKey()).thenReturn("PERMIT-12");
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_DELETED_ID);
        when(experiments.findByIssue(ISSUE_ID)).thenReturn(Optional.of(stored));
    }

    @Test
    public void onIssueEvent_shouldDeleteTheExperimentInOneTransaction_whenItsIssueIsDeleted() {
        target.onIssueEvent(event);

        verify(stories).detachExperiment(stored.requireId(), ISSUE_ID);
        verify(experiments).delete(stored.requireId());
        assertEquals(1, transactions.runs());
    }

    @Test
    public void onIssueEvent_shouldAuditTheDeletionAsTheLoggedInUser_whenAnIssueIsDeleted() {
        target.onIssueEvent(event);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(new UserRef("JIRAUSER10100"), entry.getValue().actor());
    }

    @Test
    public void onIssueEvent_shouldAuditTheDeletionAsTheEventsUser_whenTheEventNamesOne() {
        ApplicationUser jan = Mockito.mock(ApplicationUser.class);
        when(jan.getKey()).thenReturn("JIRAUSER10200");
        when(event.getUser()).thenReturn(jan);

        target.onIssueEvent(event);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(new UserRef("JIRAUSER10200"), entry.getValue().actor());
    }

    @Test
    public void onIssueEventBundle_shouldDeleteTheExperiment_fromTheWrappedEvent() {
        DelegatingJiraIssueEvent wrapped = Mockito.mock(DelegatingJiraIssueEvent.class);
        when(wrapped.asIssueEvent()).thenReturn(event);
        IssueEventBundle bundle = Mockito.mock(IssueEventBundle.class);
        when(bundle.getEvents()).thenReturn(List.of(Mockito.mock(JiraIssueEvent.class), wrapped));

        target.onIssueEventBundle(bundle);

        verify(experiments).delete(stored.requireId());
        assertEquals(1, transactions.runs());
    }

    @Test
    public void onIssueEvent_shouldHandleADeletionOnce_whenTheBundleAndTheBareEventBothArrive() {
        DelegatingJiraIssueEvent wrapped = Mockito.mock(DelegatingJiraIssueEvent.class);
        when(wrapped.asIssueEvent()).thenReturn(event);
        IssueEventBundle bundle = Mockito.mock(IssueEventBundle.class);
        when(bundle.getEvents()).thenReturn(List.of(wrapped));

        target.onIssueEventBundle(bundle);
        target.onIssueEvent(event);

        verify(experiments, Mockito.times(1)).findByIssue(ISSUE_ID);
        assertEquals(1, transactions.runs());
    }

    @Test
    public void onIssueEvent_shouldAuditTheDeletionAsJiraItself_whenNobodyIsLoggedIn() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        target.onIssueEvent(event);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(IssueDeletedListener.JIRA_ITSELF, entry.getValue().actor());
        verify(experiments).delete(stored.requireId());
    }

    @Test
    public void onIssueEvent_shouldDeleteNothing_whenAnIssueIsUpdated() {
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_UPDATED_ID);

        target.onIssueEvent(event);

        verify(experiments, never()).findByIssue(anyLong());
        verify(experiments, never()).delete(any(ExperimentId.class));
        assertEquals(0, transactions.runs());
    }

    @Test
    public void onIssueEvent_shouldDeleteNothing_whenAnIssueIsMovedToAnotherProject() {
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_MOVED_ID);

        target.onIssueEvent(event);

        verify(experiments, never()).findByIssue(anyLong());
    }

    @Test
    public void onIssueEvent_shouldDeleteNothing_whenTheDeletedIssueHadNoExperiment() {
        when(experiments.findByIssue(ISSUE_ID)).thenReturn(Optional.empty());

        target.onIssueEvent(event);

        verify(experiments, never()).delete(any(ExperimentId.class));
        verify(audit, never()).record(any());
    }

    @Test
    public void onIssueEvent_shouldNotThrowIntoJira_whenTheDeletionFails() {
        when(experiments.findByIssue(ISSUE_ID))
                .thenThrow(new IllegalStateException("database unavailable"));

        target.onIssueEvent(event);

        verify(experiments).findByIssue(ISSUE_ID);
    }

    @Test
    public void register_shouldRegisterWithJirasEventPublisher() {
        target.register();

        verify(events).register(target);
    }

    @Test
    public void unregister_shouldUnregisterFromJirasEventPublisher() {
        target.unregister();

        verify(events).unregister(target);
    }
}
