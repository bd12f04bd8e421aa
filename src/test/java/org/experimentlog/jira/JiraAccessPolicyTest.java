package org.experimentlog.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraAccessPolicyTest {
    private static final UserRef MARIA = new UserRef("JIRAUSER10100");
    private static final IssueRef ISSUE = new IssueRef(10012, "PERMIT-12");
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private PermissionManager permissions;
    @Mock private GlobalPermissionManager globalPermissions;
    @Mock private IssueManager issues;
    @Mock private ProjectManager projects;
    @Mock private UserManager users;
    @Mock private ApplicationUser maria;
    @Mock private MutableIssue issue;
    @Mock private Project project;

    private JiraAccessPolicy target;

    @Before
    public void setUp() {
        target = new JiraAccessPolicy(permissions, globalPermissions, issues, projects, users);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(maria);
        when(issues.getIssueObject(10012L)).thenReturn(issue);
        when(projects.getProjectByCurrentKey("PERMIT")).thenReturn(project);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, maria))
                .thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, maria))
                .thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, maria))
                .thenReturn(true);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, maria))
                .thenReturn(true);
    }

    @Test
    public void canBrowse_shouldBeTrue_whenJiraGrantsBrowseProjectsOnTheIssue() {
        boolean result = target.canBrowse(MARIA, ISSUE);

        assertTrue(result);
    }

    @Test
    public void canBrowse_shouldBeFalse_whenJiraGrantsOnlyEditIssues() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, maria))
                .thenReturn(false);

        boolean result = target.canBrowse(MARIA, ISSUE);

        assertFalse(result);
    }

    @Test
    public void canBrowse_shouldBeFalse_whenTheIssueNoLongerExists() {
        when(issues.getIssueObject(10012L)).thenReturn(null);

        boolean result = target.canBrowse(MARIA, ISSUE);

        assertFalse(result);
    }

    @Test
    public void canBrowse_shouldBeFalseWithoutAskingAsAnonymous_whenJiraDoesNotKnowTheUser() {
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), isNull()))
                .thenReturn(true);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);

        boolean result = target.canBrowse(MARIA, ISSUE);

        assertFalse(result);
        verify(permissions, never())
                .hasPermission(any(ProjectPermissionKey.class), any(Issue.class), isNull());
    }

    @Test
    public void canEdit_shouldBeTrue_whenJiraGrantsEditIssuesOnTheIssue() {
        boolean result = target.canEdit(MARIA, ISSUE);

        assertTrue(result);
    }

    @Test
    public void canEdit_shouldBeFalse_whenJiraGrantsOnlyBrowseProjects() {
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, maria))
                .thenReturn(false);

        boolean result = target.canEdit(MARIA, ISSUE);

        assertFalse(result);
    }

    @Test
    public void canEdit_shouldBeFalse_whenJiraDoesNotKnowTheUser() {
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);

        boolean result = target.canEdit(MARIA, ISSUE);

        assertFalse(result);
    }

    @Test
    public void canBrowseProject_shouldBeTrue_whenJiraGrantsBrowseProjectsOnTheProject() {
        boolean result = target.canBrowseProject(MARIA, PERMIT);

        assertTrue(result);
    }

    @Test
    public void canBrowseProject_shouldBeFalse_whenJiraRefusesBrowseProjects() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, maria))
                .thenReturn(false);

        boolean result = target.canBrowseProject(MARIA, PERMIT);

        assertFalse(result);
    }

    @Test
    public void canBrowseProject_shouldBeFalse_whenTheProjectDoesNotExist() {
        when(projects.getProjectByCurrentKey("PERMIT")).thenReturn(null);

        boolean result = target.canBrowseProject(MARIA, PERMIT);

        assertFalse(result);
    }

    @Test
    public void
            canBrowseProject_shouldBeFalseWithoutAskingAsAnonymous_whenJiraDoesNotKnowTheUser() {
        when(permissions.hasPermission(
                        any(ProjectPermissionKey.class), any(Project.class), isNull()))
                .thenReturn(true);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);

        boolean result = target.canBrowseProject(MARIA, PERMIT);

        assertFalse(result);
        verify(permissions, never())
                .hasPermission(any(ProjectPermissionKey.class), any(Project.class), isNull());
    }

    @Test
    public void isAdministrator_shouldBeTrue_whenJiraGrantsAdminister() {
        boolean result = target.isAdministrator(MARIA);

        assertTrue(result);
    }

    @Test
    public void isAdministrator_shouldBeFalse_whenJiraRefusesAdminister() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, maria))
                .thenReturn(false);

        boolean result = target.isAdministrator(MARIA);

        assertFalse(result);
    }

    @Test
    public void isAdministrator_shouldBeFalse_whenJiraDoesNotKnowTheUser() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, null))
                .thenReturn(true);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);

        boolean result = target.isAdministrator(MARIA);

        assertFalse(result);
    }
}
