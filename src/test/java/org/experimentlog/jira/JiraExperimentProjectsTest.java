package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.LinkedHashSet;
import java.util.List;
import org.experimentlog.app.port.ExperimentProjects.ProjectUse;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraExperimentProjectsTest {
    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private ProjectManager projects;
    @Mock private IssueTypeSchemeManager schemes;
    @Mock private IssueTypeManager issueTypes;
    @Mock private Project permit;
    @Mock private Project move;
    @Mock private FieldConfigScheme permitScheme;
    @Mock private FieldConfigScheme defaultScheme;
    @Mock private IssueType task;
    @Mock private IssueType bug;
    @Mock private IssueType experiment;

    private JiraExperimentProjects target;

    @Before
    public void setUp() {
        when(task.getId()).thenReturn("10001");
        when(task.getName()).thenReturn("Task");
        when(bug.getId()).thenReturn("10004");
        when(bug.getName()).thenReturn("Bug");
        when(experiment.getId()).thenReturn("10100");
        when(experiment.getName()).thenReturn("Experiment");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(task, bug, experiment));
        when(permit.getKey()).thenReturn("PERMIT");
        when(permit.getName()).thenReturn("Parking permits");
        when(move.getKey()).thenReturn("MOVE");
        when(move.getName()).thenReturn("Change of address");
        when(projects.getProjectObjects()).thenReturn(List.of(permit, move));
        when(projects.getProjectObjByKey("PERMIT")).thenReturn(permit);
        when(schemes.getConfigScheme(permit)).thenReturn(permitScheme);
        when(schemes.getConfigScheme(move)).thenReturn(defaultScheme);
        when(schemes.isDefaultIssueTypeScheme(defaultScheme)).thenReturn(true);
        when(schemes.getIssueTypesForProject(permit)).thenReturn(List.of(task, bug));
        when(schemes.getIssueTypesForProject(move)).thenReturn(List.of(task, experiment));
        target = new JiraExperimentProjects(projects, schemes, issueTypes);
    }

    @Test
    public void
            projects_shouldListEveryProjectByKey_withWhetherItOffersExperimentAndSharesTheDefaultScheme() {
        List<ProjectUse> result = target.projects();

        assertEquals(
                List.of(
                        new ProjectUse(new ProjectKey("MOVE"), "Change of address", true, true),
                        new ProjectUse(new ProjectKey("PERMIT"), "Parking permits", false, false)),
                result);
    }

    @Test
    public void offer_shouldAddExperimentToTheProjectsScheme_afterTheTypesItHas() {
        target.offer(new ProjectKey("PERMIT"), true);

        verify(schemes)
                .update(permitScheme, new LinkedHashSet<>(List.of("10001", "10004", "10100")));
    }

    @Test
    public void offer_shouldRemoveExperimentFromTheScheme_andKeepTheOtherTypes_whenWithdrawn() {
        when(schemes.getIssueTypesForProject(permit)).thenReturn(List.of(task, experiment, bug));

        target.offer(new ProjectKey("PERMIT"), false);

        verify(schemes).update(permitScheme, new LinkedHashSet<>(List.of("10001", "10004")));
    }

    @Test
    public void offer_shouldLeaveTheSchemeAlone_whenTheProjectAlreadyOffersExperiment() {
        when(schemes.getIssueTypesForProject(permit)).thenReturn(List.of(task, experiment));

        target.offer(new ProjectKey("PERMIT"), true);

        verify(schemes, never()).update(any(), any());
    }

    @Test
    public void offer_shouldBeNotFound_whenThereIsNoSuchProject() {
        assertThrows(NotFoundException.class, () -> target.offer(new ProjectKey("NOPE"), true));

        verify(schemes, never()).update(any(), any());
    }

    @Test
    public void offer_shouldRefuseToWithdrawExperiment_fromAProjectOnTheDefaultScheme() {
        when(projects.getProjectObjByKey("MOVE")).thenReturn(move);

        RuleViolationException e =
                assertThrows(
                        RuleViolationException.class,
                        () -> target.offer(new ProjectKey("MOVE"), false));

        assertEquals(
                "Could not stop offering the Experiment issue type in MOVE: the project uses Jira's default issue "
                        + "type scheme, which holds every issue type. Give MOVE an issue type scheme of its own without Experiment "
                        + "(Issues, Issue type schemes) instead.",
                e.getMessage());
        verify(schemes, never()).update(any(), any());
    }
}
