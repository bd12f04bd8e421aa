package org.experimentlog.web.ui.retrospective;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.Caller;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.RetrospectiveService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Outcomes;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Retrospectives;
import org.experimentlog.testing.Users;
import org.experimentlog.web.ui.OptionView;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * The retrospective page's view, built from a hand-made report: the request parameters become the
 * scope and period (with an error next to a field that cannot be read), and every figure of the
 * report reaches its panel formatted. The reader is Maria, in English, on 15 May 2026: the default
 * period is the second quarter.
 */
public class RetrospectivePageBuilderTest {
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final Period Q2 =
            new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    private static final Scope PERMIT = Scope.project(new ProjectKey("PERMIT"));

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private RetrospectiveRepository retrospectives;
    @Mock private RetrospectiveFigures figures;
    @Mock private DepartmentRepository departments;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;
    @Mock private OutcomeRepository outcomes;
    @Mock private ExperimentRepository experiments;
    @Mock private SettingsRepository settings;
    @Mock private I18nResolver i18n;

    private final Map<String, String> parameters = new HashMap<>();
    private RetrospectiveReport report;
    private RetrospectivePageBuilder target;

    @Before
    public void setUp() {
        FixedClock clock = FixedClock.at(NOW);
        RecordingTransactions transactions = new RecordingTransactions();
        target =
                new RetrospectivePageBuilder(
                        new RetrospectiveService(
                                retrospectives,
                                figures,
                                access,
                                users,
                                audit,
                                clock,
                                transactions,
                                settings,
                                new Caller(users, access, departments)),
                        new OutcomeService(
                                outcomes,
                                experiments,
                                departments,
                                settings,
                                access,
                                users,
                                audit,
                                clock,
                                transactions,
                                new Caller(users, access, departments)),
                        users,
                        clock,
                        i18n);
        parameters.put("scope", "project");
        parameters.put("value", "PERMIT");

        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        when(users.locale()).thenReturn(Locale.ENGLISH);
        when(users.displayName(Users.MARIA)).thenReturn(Optional.of("Maria Jansen"));
        when(access.canBrowseProject(any(), any())).thenReturn(true);
        when(access.canEditProject(any(), any())).thenReturn(true);
        when(departments.list())
                .thenReturn(
                        List.of(
                                Department.stored(Departments.DESIGN, "Design <b>", null, 1),
                                Department.stored(Departments.OPERATIONS, "Operations", null, 1)));
        when(outcomes.list()).thenReturn(List.of(Outcomes.anOutcome().build()));
        when(experiments.linkedTo(any())).thenReturn(Map.of());
        when(outcomes.latestMeasurements(any())).thenReturn(Map.of());
        when(settings.load()).thenReturn(AppSettings.defaults());
        when(figures.projectsWithExperiments())
                .thenReturn(Set.of(new ProjectKey("PERMIT"), new ProjectKey("MOVE")));
        when(retrospectives.listFor(any()))
                .thenReturn(List.of(Retrospectives.aRetrospective().build()));
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class)))
                .thenAnswer(
                        call -> {
                            StringBuilder text = new StringBuilder(call.<String>getArgument(0));
                            for (int i = 1; i < call.getArguments().length; i++) {
                                text.append('|').append(call.<Object>getArgument(i));
                            }
                            return text.toString();
                        });
        report =
                new RetrospectiveReport(
                        PERMIT,
                        Q2,
                        new RetrospectiveReport.ExperimentCounts(5, 3, 1, 8),
                        new RetrospectiveReport.VerdictMix(2, 1, 0, 1),
                        new RetrospectiveReport.TimeToLearning(3, 21.5, 14, 30, 9, 1234),
                        new RetrospectiveReport.IterationCounts(8, 13, List.of(1, 3, 2, 1, 0, 1)),
                        List.of(
                                new OutcomeMovement(
                                        new OutcomeId(301),
                                        "Faster permits",
                                        "%",
                                        Direction.HIGHER_IS_BETTER,
                                        40,
                                        50.0,
                                        60.0,
                                        80),
                                new OutcomeMovement(
                                        new OutcomeId(302),
                                        "Fewer calls",
                                        "calls",
                                        Direction.LOWER_IS_BETTER,
                                        100,
                                        90.0,
                                        95.0,
                                        50),
                                new OutcomeMovement(
                                        new OutcomeId(303),
                                        "New outcome",
                                        "",
                                        Direction.HIGHER_IS_BETTER,
                                        1,
                                        null,
                                        null,
                                        2)),
                        new FailureCounts(
                                2,
                                Map.of(ContributingFactor.DATA_QUALITY, 2),
                                Map.of(Impact.HIGH, 1)),
                        new Collaboration(
                                List.of(
                                        new Collaboration.Member(Departments.DESIGN, "Design"),
                                        new Collaboration.Member(
                                                Departments.OPERATIONS, "Operations")),
                                List.of(
                                        new Collaboration.Cell(
                                                Departments.DESIGN, Departments.DESIGN, 4),
                                        new Collaboration.Cell(
                                                Departments.DESIGN, Departments.OPERATIONS, 2),
                                        new Collaboration.Cell(
                                                Departments.OPERATIONS,
                                                Departments.OPERATIONS,
                                                3))),
                        List.of(
                                new ReusedLesson(
                                        new FailureStoryId(41), "Letters went astray", 3, 5)),
                        List.of(
                                new ReportLearning(
                                        new LearningId(7),
                                        new IssueRef(100L, "PERMIT-4"),
                                        "Short forms work",
                                        Instant.parse("2026-04-30T22:30:00Z"),
                                        Verdict.VALIDATED)),
                        12,
                        new RetrospectiveReport.Deviations(2, Map.of(DeviationKind.SIGNAL, 2)));
        when(figures.report(any())).thenAnswer(call -> report);
    }

    private RetrospectivePageBuilder.Page page() {
        return target.page(parameters::get);
    }

    private static List<String> values(List<RetroFigureView> figures) {
        return figures.stream().map(f -> f.getLabelKey() + "=" + f.getValue()).toList();
    }

    @Test
    public void page_shouldAskForTheProjectInTheCurrentQuarter_whenNoPeriodIsGiven() {
        RetrospectivePageBuilder.Page page = page();

        assertEquals(200, page.status());
        ArgumentCaptor<ReportQuery> query = ArgumentCaptor.forClass(ReportQuery.class);
        verify(figures).report(query.capture());
        assertEquals(PERMIT, query.getValue().scope());
        assertEquals(Q2, query.getValue().period());
        assertEquals("2026-04-01", page.view().getFrom().getValue());
        assertEquals("2026-06-30", page.view().getTo().getValue());
        assertTrue(page.view().isProjectScope());
        assertEquals(
                List.of("MOVE", "PERMIT"),
                page.view().getProjectOptions().stream().map(OptionView::getValue).toList());
        assertTrue(page.view().getProjectOptions().get(1).isSelected());
    }

    @Test
    public void page_shouldFormatEveryPanel_fromTheReport() {
        RetrospectivePageView view = page().view();

        assertEquals("experimentlog.retro.heading.project", view.getScopeKey());
        assertEquals("PERMIT", view.getScopeName());
        assertFalse(view.isEmpty());
        assertEquals(
                List.of(
                        "experimentlog.retro.experiments.started=5",
                        "experimentlog.retro.experiments.concluded=3",
                        "experimentlog.retro.experiments.abandoned=1",
                        "experimentlog.retro.experiments.running=8"),
                values(view.getExperimentFigures()));
        assertEquals(
                List.of(
                        "experimentlog.verdict.validated=2",
                        "experimentlog.verdict.invalidated=1",
                        "experimentlog.verdict.inconclusive=0",
                        "experimentlog.stage.abandoned=1"),
                values(view.getVerdicts().getRows()));
        assertTrue(view.getVerdicts().getChartHtml().startsWith("<svg"));
        assertEquals(
                List.of(
                        "experimentlog.retro.time.measured=3",
                        "experimentlog.retro.time.median=21.5",
                        "experimentlog.retro.time.lower=14",
                        "experimentlog.retro.time.upper=30",
                        "experimentlog.retro.time.min=9",
                        "experimentlog.retro.time.max=1,234"),
                values(view.getTimeToLearning()));
        assertEquals(
                "1,3,2,1,0,1",
                String.join(
                        ",",
                        view.getIterations().getRows().stream()
                                .map(RetroFigureView::getValue)
                                .toList()));
        assertEquals("experimentlog.retro.iterations.total|13|8", view.getIterationsSummary());
        assertEquals("2", view.getFailuresShared());
        assertEquals("2", view.getDeviationsTotal());
        assertEquals(
                List.of(
                        "experimentlog.retro.deviations.kind.hypothesis=0",
                        "experimentlog.retro.deviations.kind.signal=2",
                        "experimentlog.retro.deviations.kind.method=0",
                        "experimentlog.retro.deviations.kind.outcomes=0"),
                values(view.getDeviations()));
        assertTrue(
                values(view.getFactors().getRows())
                        .contains("experimentlog.factor.data-quality=2"));
        assertEquals(
                List.of(
                        "experimentlog.impact.low=0",
                        "experimentlog.impact.medium=0",
                        "experimentlog.impact.high=1"),
                values(view.getImpacts().getRows()));
        assertEquals("failures/41", view.getReused().get(0).getHref());
        assertEquals("3", view.getReused().get(0).getAppliedIn());
        assertEquals("../../../browse/PERMIT-4", view.getLearnings().get(0).getIssueHref());
        assertEquals("2026-05-01", view.getLearnings().get(0).getIsoDate());
        assertEquals(
                "experimentlog.verdict.validated", view.getLearnings().get(0).getVerdictLabelKey());
        assertEquals("1", view.getLearningsShown());
        assertEquals("12", view.getLearningsTotal());
    }

    @Test
    public void page_shouldShowTheMatrixSymmetric_withZeroWhereDepartmentsNeverMet() {
        report =
                new RetrospectiveReport(
                        report.scope(),
                        report.period(),
                        report.experiments(),
                        report.verdicts(),
                        report.timeToLearning(),
                        report.iterations(),
                        report.outcomes(),
                        report.failures(),
                        new Collaboration(
                                List.of(
                                        new Collaboration.Member(Departments.DESIGN, "Design"),
                                        new Collaboration.Member(
                                                Departments.OPERATIONS, "Operations"),
                                        new Collaboration.Member(Departments.POLICY, "Policy")),
                                List.of(
                                        new Collaboration.Cell(
                                                Departments.DESIGN, Departments.DESIGN, 4),
                                        new Collaboration.Cell(
                                                Departments.DESIGN, Departments.OPERATIONS, 2),
                                        new Collaboration.Cell(
                                                Departments.OPERATIONS, Departments.OPERATIONS, 3),
                                        new Collaboration.Cell(
                                                Departments.POLICY, Departments.POLICY, 1))),
                        report.reused(),
                        report.learnings(),
                        report.learningsTotal());

        RetrospectivePageView view = page().view();

        assertEquals(List.of("Design", "Operations", "Policy"), view.getMatrixColumns());
        assertEquals(List.of("4", "2", "0"), view.getMatrixRows().get(0).getCells());
        assertEquals(List.of("2", "3", "0"), view.getMatrixRows().get(1).getCells());
        assertEquals(List.of("0", "0", "1"), view.getMatrixRows().get(2).getCells());
    }

    @Test
    public void page_shouldTellHowEachOutcomeMoved_theWayItsDirectionCallsBetter() {
        List<RetroOutcomeView> moved = page().view().getOutcomes();

        assertEquals("experimentlog.retro.outcomes.better", moved.get(0).getMovementKey());
        assertEquals("50%", moved.get(0).getAtStart());
        assertEquals("60%", moved.get(0).getAtEnd());
        assertEquals(50, moved.get(0).getProgressPercent());
        assertEquals("outcomes/301", moved.get(0).getHref());
        assertEquals("experimentlog.retro.outcomes.worse", moved.get(1).getMovementKey());
        assertEquals(10, moved.get(1).getProgressPercent());
        assertEquals(
                "experimentlog.outcome.direction.lower-is-better",
                moved.get(1).getDirectionLabelKey());
        assertEquals("experimentlog.retro.outcomes.unmeasured", moved.get(2).getMovementKey());
        assertFalse(moved.get(2).isHasStart());
        assertFalse(moved.get(2).isHasEnd());
    }

    @Test
    public void page_shouldLinkExportsAndQuarters_withTheSameScope() {
        parameters.put("from", "2026-01-01");
        parameters.put("to", "2026-03-31");

        RetrospectivePageView view = page().view();

        assertEquals(
                "../../../rest/experiment-log/1.0/retrospectives/report?scope=project&value=PERMIT"
                        + "&from=2026-01-01&to=2026-03-31&format=csv",
                view.getExports().get(1).getHref());
        assertEquals(
                "retrospective?scope=project&value=PERMIT&from=2026-04-01&to=2026-06-30",
                view.getQuarters().get(0).getHref());
        assertFalse(view.getQuarters().get(0).isCurrent());
        assertTrue(view.getQuarters().get(1).isCurrent());
    }

    @Test
    public void page_shouldBeEmpty_whenNothingHappenedInThePeriod() {
        report =
                new RetrospectiveReport(
                        PERMIT,
                        Q2,
                        new RetrospectiveReport.ExperimentCounts(0, 0, 0, 0),
                        new RetrospectiveReport.VerdictMix(0, 0, 0, 0),
                        RetrospectiveReport.TimeToLearning.none(),
                        new RetrospectiveReport.IterationCounts(0, 0, List.of(0, 0, 0, 0, 0, 0)),
                        List.of(),
                        new FailureCounts(0, Map.of(), Map.of()),
                        Collaboration.none(),
                        List.of(),
                        List.of(),
                        0);

        RetrospectivePageView view = page().view();

        assertTrue(view.isEmpty());
        assertFalse(view.isHasTimeToLearning());
        assertEquals("", view.getSpreadChartHtml());
        assertFalse(view.isHasMatrix());
        assertTrue(view.isHasReport());
    }

    @Test
    public void page_shouldOfferTheReviseForm_whenTheReaderHeldTheRetrospective() {
        boolean result = page().view().getHeld().get(0).isCanRevise();

        assertTrue(result);
    }

    @Test
    public void page_shouldOfferTheReviseForm_whenTheReaderAdministers() {
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));
        when(access.isAdministrator(Users.ADMIN)).thenReturn(true);

        boolean result = page().view().getHeld().get(0).isCanRevise();

        assertTrue(result);
    }

    @Test
    public void page_shouldNotOfferTheReviseForm_whenTheReaderNeitherHeldItNorAdministers() {
        when(users.currentUser()).thenReturn(Optional.of(Users.JOOST));

        boolean result = page().view().getHeld().get(0).isCanRevise();

        assertFalse(result);
    }

    @Test
    public void page_shouldShowAndPrefillTheStoredKey_whenTheHostNoLongerKnowsTheOwner() {
        RetrospectivePageView view = page().view();

        RetroActionView action = view.getHeld().get(0).getActions().get(0);
        assertEquals("joost.bakker", action.getOwnerUserName());
        assertEquals("joost.bakker", action.getOwnerName());
    }

    @Test
    public void page_shouldListTheRetrospectivesHeld_withTheirActions() {
        when(users.userName(Users.JOOST)).thenReturn(Optional.of("joost"));
        when(users.displayName(Users.JOOST)).thenReturn(Optional.of("Joost Bakker"));

        RetrospectivePageView view = page().view();

        HeldRetrospectiveView held = view.getHeld().get(0);
        assertEquals(Retrospectives.TITLE, held.getTitle());
        assertEquals("1", held.getVersion());
        assertTrue(held.getHeldBy(), held.getHeldBy().equals("Maria Jansen"));
        assertEquals("joost", held.getActions().get(0).getOwnerUserName());
        assertEquals("Joost Bakker", held.getActions().get(0).getOwnerName());
        assertEquals("2026-05-15", held.getActions().get(0).getDueIso());
        assertEquals("project", view.getHoldKind());
        assertEquals("PERMIT", view.getHoldValue());
        assertEquals("2026-04-01", view.getHoldFrom());
    }

    @Test
    public void page_shouldName400_andTheScope_whenTheScopeIsUnknown() {
        parameters.put("scope", "galaxy");

        RetrospectivePageBuilder.Page page = page();

        assertEquals(400, page.status());
        assertEquals("experimentlog.retro.error.scope", page.view().getScope().getErrorKey());
        assertEquals("galaxy", page.view().getScope().getValue());
        assertFalse(page.view().isHasReport());
        verify(figures, never()).report(any());
    }

    @Test
    public void page_shouldName400_andTheValue_whenTheDepartmentIsNotOneOfTheList() {
        parameters.put("scope", "department");
        parameters.put("value", "999");

        RetrospectivePageBuilder.Page page = page();

        assertEquals(400, page.status());
        assertEquals(
                "experimentlog.retro.error.value.department", page.view().getValue().getErrorKey());
        assertTrue(page.view().isDepartmentScope());
    }

    @Test
    public void page_shouldName400_andTheDay_whenADayCannotBeRead() {
        parameters.put("from", "1 april");

        RetrospectivePageBuilder.Page page = page();

        assertEquals(400, page.status());
        assertEquals("experimentlog.retro.error.date", page.view().getFrom().getErrorKey());
        assertEquals("1 april", page.view().getFrom().getValue());
        assertFalse(page.view().getTo().isHasError());
    }

    @Test
    public void page_shouldName400_andTheEnd_whenItIsBeforeTheStart() {
        parameters.put("from", "2026-06-01");
        parameters.put("to", "2026-05-01");

        RetrospectivePageBuilder.Page page = page();

        assertEquals(400, page.status());
        assertEquals("experimentlog.retro.error.order", page.view().getTo().getErrorKey());
    }

    @Test
    public void page_shouldAnswer404_whenTheProjectIsOneTheReaderMayNotBrowse() {
        when(access.canBrowseProject(Users.MARIA, new ProjectKey("PERMIT"))).thenReturn(false);

        RetrospectivePageBuilder.Page page = page();

        assertEquals(404, page.status());
        assertEquals(
                "experimentlog.retro.error.value.notfound", page.view().getValue().getErrorKey());
        assertFalse(page.view().isHasReport());
        assertNull(page.view().getVerdicts());
    }
}
