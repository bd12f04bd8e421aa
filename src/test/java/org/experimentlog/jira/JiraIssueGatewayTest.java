package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Optional;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.IssueRef;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraIssueGatewayTest {
    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private IssueManager issueManager;
    @Mock private MutableIssue issue;
    @Mock private IssueType type;

    private JiraIssueGateway target;

    @Before
    public void setUp() {
        target = new JiraIssueGateway(issueManager);
        when(issue.getId()).thenReturn(10012L);
        when(issue.getKey()).thenReturn("PERMIT-12");
        when(issue.getSummary()).thenReturn("Pre-filled renewal form");
        when(issue.getIssueType()).thenReturn(type);
        when(type.getName()).thenReturn("Experiment");
        when(issueManager.getIssueObject("PERMIT-12")).thenReturn(issue);
        when(issueManager.getIssueObject(10012L)).thenReturn(issue);
    }

    @Test
    public void findByKey_shouldDescribeTheIssue_whenItIsAnExperiment() {
        Optional<IssueSummary> result = target.findByKey("PERMIT-12");

        assertEquals(
                Optional.of(
                        new IssueSummary(
                                new IssueRef(10012, "PERMIT-12"), "Pre-filled renewal form", true)),
                result);
    }

    @Test
    public void findByKey_shouldGiveTheCurrentKey_whenAskedByTheKeyOfAMovedIssue() {
        when(issueManager.getIssueObject("MOVE-3")).thenReturn(issue);

        Optional<IssueSummary> result = target.findByKey("MOVE-3");

        assertEquals(new IssueRef(10012, "PERMIT-12"), result.orElseThrow().ref());
    }

    @Test
    public void findByKey_shouldSayNotAnExperiment_whenTheIssueHasAnotherType() {
        when(type.getName()).thenReturn("Task");

        Optional<IssueSummary> result = target.findByKey("PERMIT-12");

        assertFalse(result.orElseThrow().experiment());
    }

    @Test
    public void findByKey_shouldBeEmpty_whenJiraHasNoSuchIssue() {
        Optional<IssueSummary> result = target.findByKey("PERMIT-99");

        assertEquals(Optional.empty(), result);
    }

    @Test
    public void findByKey_shouldNotAskJira_whenTheKeyIsMalformed() {
        Optional<IssueSummary> result = target.findByKey("PERMIT 12");

        assertEquals(Optional.empty(), result);
        verify(issueManager, never()).getIssueObject(anyString());
    }

    @Test
    public void findByKey_shouldGiveAnEmptySummary_whenJiraHasNone() {
        when(issue.getSummary()).thenReturn(null);

        Optional<IssueSummary> result = target.findByKey("PERMIT-12");

        assertEquals("", result.orElseThrow().summary());
    }

    @Test
    public void findById_shouldDescribeTheIssue_whenItExists() {
        Optional<IssueSummary> result = target.findById(10012);

        assertEquals(
                Optional.of(
                        new IssueSummary(
                                new IssueRef(10012, "PERMIT-12"), "Pre-filled renewal form", true)),
                result);
    }

    @Test
    public void findById_shouldBeEmpty_whenJiraHasNoSuchIssue() {
        Optional<IssueSummary> result = target.findById(99);

        assertEquals(Optional.empty(), result);
    }
}
