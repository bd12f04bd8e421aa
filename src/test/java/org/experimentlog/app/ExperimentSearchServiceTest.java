package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentFilter;
import org.experimentlog.app.port.ExperimentSelection;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class ExperimentSearchServiceTest {
    private static final UserRef OLAF = new UserRef("olaf");
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");
    private static final ProjectKey MOVE = new ProjectKey("MOVE");
    private static final ExperimentFilter RUNNING = new ExperimentFilter.InStage(Stage.RUNNING);

    @Rule public MockitoRule mockito = MockitoJUnit.rule();
    @Mock private ExperimentSelection selection;
    @Mock private DepartmentRepository departments;
    @Mock private AccessPolicy access;

    private ExperimentSearchService target;

    @Before
    public void setUp() {
        target = new ExperimentSearchService(selection, departments, access);
        when(selection.issuesMatching(RUNNING))
                .thenReturn(
                        List.of(
                                new IssueRef(1, "PERMIT-1"),
                                new IssueRef(2, "MOVE-1"),
                                new IssueRef(3, "PERMIT-2"),
                                new IssueRef(4, "MOVE-2")));
        when(access.canBrowseProject(OLAF, MOVE)).thenReturn(true);
    }

    @Test
    public void issues_shouldKeepOnlyTheProjectsTheSearcherMayBrowse_checkingEachProjectOnce() {
        List<IssueRef> found = target.issues(RUNNING, Optional.of(OLAF));

        assertEquals(List.of(new IssueRef(2, "MOVE-1"), new IssueRef(4, "MOVE-2")), found);
        verify(access, times(1)).canBrowseProject(OLAF, PERMIT);
        verify(access, times(1)).canBrowseProject(OLAF, MOVE);
    }

    @Test
    public void issues_shouldFindNothing_whenNobodyIsLoggedIn() {
        List<IssueRef> found = target.issues(RUNNING, Optional.empty());

        assertEquals(List.of(), found);
        verify(selection, never()).issuesMatching(any());
    }

    @Test
    public void issuesOverridingSecurity_shouldKeepEveryMatch() {
        assertEquals(4, target.issuesOverridingSecurity(RUNNING).size());
    }

    @Test
    public void filter_shouldReadStageAndVerdictCodes_ignoringCase() {
        assertEquals(RUNNING, target.filter(Criterion.STAGE, " Running "));
        assertEquals(
                new ExperimentFilter.WithVerdict(Verdict.INVALIDATED),
                target.filter(Criterion.VERDICT, "INVALIDATED"));
    }

    @Test
    public void filter_shouldNameTheStages_whenTheValueIsNoStage() {
        InvalidInputException failure =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.filter(Criterion.STAGE, "runing"));

        assertEquals(ErrorKey.JQL_STAGE_UNKNOWN, failure.key().orElseThrow());
        assertEquals(
                "Could not search the experiments: \"runing\" is not a stage. Use one of: designing, running, "
                        + "analysing, concluded, abandoned.",
                failure.getMessage());
    }

    @Test
    public void filter_shouldRefuse_whenTheValueIsNoVerdict() {
        InvalidInputException failure =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.filter(Criterion.VERDICT, "proven"));

        assertEquals(ErrorKey.JQL_VERDICT_UNKNOWN, failure.key().orElseThrow());
    }

    @Test
    public void filter_shouldSelectEveryOutcomeWithTheTitle() {
        when(selection.outcomesNamed("Completion"))
                .thenReturn(Set.of(new OutcomeId(7), new OutcomeId(8)));

        assertEquals(
                new ExperimentFilter.ForOutcomes(Set.of(new OutcomeId(7), new OutcomeId(8))),
                target.filter(Criterion.OUTCOME, "Completion"));
    }

    @Test
    public void filter_shouldRefuse_whenNoOutcomeHasTheIdOrTitle() {
        when(selection.outcomesNamed("Nothing")).thenReturn(Set.of());

        InvalidInputException failure =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.filter(Criterion.OUTCOME, "Nothing"));

        assertEquals(ErrorKey.JQL_OUTCOME_UNKNOWN, failure.key().orElseThrow());
    }

    @Test
    public void filter_shouldFindTheDepartmentByName() {
        when(departments.findByName("policy"))
                .thenReturn(Optional.of(Department.stored(new DepartmentId(5), "Policy", null, 1)));

        assertEquals(
                new ExperimentFilter.ForDepartment(new DepartmentId(5)),
                target.filter(Criterion.DEPARTMENT, "policy"));
    }

    @Test
    public void filter_shouldRefuse_whenThereIsNoSuchDepartment() {
        when(departments.findByName("Finance")).thenReturn(Optional.empty());

        InvalidInputException failure =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.filter(Criterion.DEPARTMENT, "Finance"));

        assertEquals(ErrorKey.JQL_DEPARTMENT_UNKNOWN, failure.key().orElseThrow());
        assertEquals(
                "Could not search the experiments: there is no department \"Finance\".",
                failure.getMessage());
    }

    @Test
    public void filter_shouldReadATag_andRefuseWhatIsNoTag() {
        assertEquals(
                new ExperimentFilter.WithLearningTag(new Tag("forms")),
                target.filter(Criterion.LEARNING_TAG, "Forms"));

        InvalidInputException failure =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.filter(Criterion.LEARNING_TAG, "no/tag"));

        assertEquals(ErrorKey.JQL_TAG_INVALID, failure.key().orElseThrow());
    }
}
