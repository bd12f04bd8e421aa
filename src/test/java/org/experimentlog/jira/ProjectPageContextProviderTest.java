package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.DashboardService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.DashboardFigures;
import org.experimentlog.app.report.LearnedSummary;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.StageCounts;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.testing.BundleI18nResolver;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.web.ui.dashboard.DashboardItemBuilder;
import org.experimentlog.web.ui.project.ProjectPageBuilder;
import org.experimentlog.web.ui.project.ProjectPageView;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/** The project page's provider with the real view builders and use case on mocked ports. */
public class ProjectPageContextProviderTest {
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");
    private static final UserRef PIA = new UserRef("pia");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private DashboardFigures figures;
    @Mock private RetrospectiveFigures projects;
    @Mock private DepartmentRepository departments;
    @Mock private OutcomeRepository outcomes;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    private final Clock clock = FixedClock.at(Instant.parse("2026-12-07T10:00:00Z"));
    private final I18nResolver i18n = new BundleI18nResolver(() -> Locale.ENGLISH);
    @Mock private Project project;

    @Mock(answer = Answers.RETURNS_DEEP_STUBS)
    private PageBuilderService resources;

    private final Map<String, Object> context = new HashMap<>();
    private ProjectPageContextProvider target;

    @Before
    public void setUp() {
        when(users.currentUser()).thenReturn(Optional.of(PIA));
        when(users.locale()).thenReturn(Locale.ENGLISH);
        when(access.canBrowseProject(PIA, PERMIT)).thenReturn(true);
        when(departments.list()).thenReturn(List.of());
        when(figures.stages(Scope.project(PERMIT), Set.of(PERMIT)))
                .thenReturn(new StageCounts(Scope.project(PERMIT), Map.of(Stage.RUNNING, 2)));
        when(figures.learned(any()))
                .thenAnswer(
                        a ->
                                new LearnedSummary(
                                        Scope.project(PERMIT),
                                        a.<ReportQuery>getArgument(0).period(),
                                        List.of(),
                                        0,
                                        List.of(),
                                        0));
        when(project.getKey()).thenReturn("PERMIT");
        DashboardService dashboard =
                new DashboardService(
                        figures, projects, departments, outcomes, access, users, clock);
        target =
                new ProjectPageContextProvider(
                        new ProjectPageBuilder(
                                new DashboardItemBuilder(dashboard, users, clock, i18n)),
                        resources);
        context.put("project", project);
    }

    @Test
    public void getContextMap_shouldGiveTheProjectsView_whenTheViewerMayBrowseIt() {
        Map<String, Object> result = target.getContextMap(context);

        ProjectPageView view = (ProjectPageView) result.get("view");
        assertTrue(view.isVisible());
        assertEquals("PERMIT", view.getProjectKey());
        assertEquals(2, view.getStages().getStages().get(1).getCount());
        assertEquals(
                "../plugins/servlet/experiment-log/retrospective?scope=project&value=PERMIT",
                view.getRetrospectiveHref());
        verify(resources.assembler().resources())
                .requireContext(ProjectPageContextProvider.RESOURCE_CONTEXT);
    }

    @Test
    public void getContextMap_shouldReadTheProjectKey_whenJiraPassesOnlyTheKey() {
        context.remove("project");
        context.put("projectKey", "PERMIT");

        ProjectPageView view = (ProjectPageView) target.getContextMap(context).get("view");

        assertTrue(view.isVisible());
    }

    @Test
    public void getContextMap_shouldShowNothingOfTheProject_whenTheViewerMayNotBrowseIt() {
        when(access.canBrowseProject(PIA, PERMIT)).thenReturn(false);

        ProjectPageView view = (ProjectPageView) target.getContextMap(context).get("view");

        assertFalse(view.isVisible());
        verify(figures, never()).stages(any(), any());
        verify(figures, never()).learned(any());
    }

    @Test
    public void getContextMap_shouldGiveNoView_toAnAnonymousVisitor() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertNull(target.getContextMap(context).get("view"));
    }
}
