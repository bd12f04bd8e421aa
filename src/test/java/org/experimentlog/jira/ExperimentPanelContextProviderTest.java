package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.Caller;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Users;
import org.experimentlog.web.ui.panel.ExperimentPanelBuilder;
import org.experimentlog.web.ui.panel.ExperimentPanelView;
import org.junit.Assert;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/** The provider with the real view builder and use case on mocked ports. */
public class ExperimentPanelContextProviderTest {
    private static final IssueRef ISSUE = new IssueRef(10012, "PERMIT-12");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private RegistrationRepository registrations;
    @Mock private PublicationRepository publications;
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
    @Mock private I18nResolver i18n;

    private final Map<String, Object> context = new HashMap<>();
    private ExperimentPanelContextProvider target;

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
                        FixedClock.at(Instant.parse("2026-03-02T09:15:00Z")),
                        new RecordingTransactions(),
                        registrations,
                        publications,
                        new Caller(users, access, departments));
        target =
                new ExperimentPanelContextProvider(
                        new ExperimentPanelBuilder(service, users, i18n));
        when(issue.getKey()).thenReturn("PERMIT-12");
        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        when(users.locale()).thenReturn(Locale.ENGLISH);
        when(settings.settings()).thenReturn(AppSettings.defaults());
        when(issues.findByKey("PERMIT-12"))
                .thenReturn(Optional.of(new IssueSummary(ISSUE, "Pre-filled renewal form", true)));
        when(access.canBrowse(Users.MARIA, ISSUE)).thenReturn(true);
        when(access.canEdit(Users.MARIA, ISSUE)).thenReturn(true);
        when(i18n.getText(any(Locale.class), anyString()))
                .thenAnswer(call -> "built-in " + call.getArgument(0) + " " + call.getArgument(1));
        context.put("issue", issue);
        context.put("helper", "Jira's helper");
    }

    @Test
    public void
            getContextMap_shouldPromptWithTheAdministratorsTextInTheReadersLanguage_andBuiltInTextsElsewhere() {
        when(users.locale()).thenReturn(Locale.forLanguageTag("nl"));
        when(settings.settings())
                .thenReturn(
                        new AppSettings(
                                true,
                                true,
                                null,
                                0.95,
                                HypothesisPrompts.of(
                                        Map.of(
                                                "nl",
                                                        Map.of(
                                                                HypothesisPart.CHANGE,
                                                                "bijv. een kortere aanvraag"),
                                                "en",
                                                        Map.of(
                                                                HypothesisPart.AUDIENCE,
                                                                "e.g. shop owners"))),
                                3));

        ExperimentPanelView view = (ExperimentPanelView) target.getContextMap(context).get("view");

        assertEquals("bijv. een kortere aanvraag", view.getPrompts().getChange());
        assertEquals(
                "built-in nl experimentlog.panel.hypothesis.audience.help",
                view.getPrompts().getAudience());
        assertEquals(
                "built-in nl experimentlog.panel.hypothesis.signal.help",
                view.getPrompts().getSignal());
    }

    @Test
    public void getContextMap_shouldPromptInEnglish_whenTheReaderUsesAnotherLanguage() {
        when(users.locale()).thenReturn(Locale.GERMAN);
        when(settings.settings())
                .thenReturn(
                        new AppSettings(
                                true,
                                true,
                                null,
                                0.95,
                                HypothesisPrompts.of(
                                        Map.of(
                                                "en",
                                                Map.of(
                                                        HypothesisPart.REASON,
                                                        "e.g. the form asks twice"))),
                                3));

        ExperimentPanelView view = (ExperimentPanelView) target.getContextMap(context).get("view");

        assertEquals("e.g. the form asks twice", view.getPrompts().getReason());
    }

    @Test
    public void getContextMap_shouldAddThePanelViewOfThePagesIssue() {
        Map<String, Object> result = target.getContextMap(context);

        ExperimentPanelView view = (ExperimentPanelView) result.get("view");
        assertEquals("PERMIT-12", view.getIssueKey());
        assertTrue(view.isCanEdit());
    }

    @Test
    public void getContextMap_shouldKeepJirasContext() {
        Map<String, Object> result = target.getContextMap(context);

        assertEquals("Jira's helper", result.get("helper"));
        assertEquals(issue, result.get("issue"));
    }

    @Test
    public void getContextMap_shouldAddNoView_whenTheContextHasNoIssue() {
        context.remove("issue");

        Map<String, Object> result = target.getContextMap(context);

        assertFalse(result.containsKey("view"));
    }

    @Test
    public void getContextMap_shouldAddNoView_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        Map<String, Object> result = target.getContextMap(context);

        Assert.assertFalse(result.containsKey("view"));
        Assert.assertEquals(issue, result.get("issue"));
    }

    @Test
    public void getContextMap_shouldAddNoView_whenTheReaderMayNotSeeTheIssue() {
        when(access.canBrowse(Users.MARIA, ISSUE)).thenReturn(false);

        Map<String, Object> result = target.getContextMap(context);

        Assert.assertFalse(result.containsKey("view"));
    }
}
