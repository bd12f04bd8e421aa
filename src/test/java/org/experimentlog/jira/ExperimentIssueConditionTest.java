package org.experimentlog.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.HashMap;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class ExperimentIssueConditionTest {
    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private Issue issue;
    @Mock private IssueType type;

    private final Map<String, Object> context = new HashMap<>();
    private final ExperimentIssueCondition target = new ExperimentIssueCondition();

    @Before
    public void setUp() {
        when(issue.getIssueType()).thenReturn(type);
        when(type.getName()).thenReturn("Experiment");
        context.put("issue", issue);
    }

    @Test
    public void shouldDisplay_shouldBeTrue_whenTheIssueIsAnExperiment() {
        boolean result = target.shouldDisplay(context);

        assertTrue(result);
    }

    @Test
    public void shouldDisplay_shouldBeFalse_whenTheIssueHasAnotherType() {
        when(type.getName()).thenReturn("Task");

        boolean result = target.shouldDisplay(context);

        assertFalse(result);
    }

    @Test
    public void shouldDisplay_shouldBeFalse_whenTheTypeNameDiffersInCase() {
        when(type.getName()).thenReturn("experiment");

        boolean result = target.shouldDisplay(context);

        assertFalse(result);
    }

    @Test
    public void shouldDisplay_shouldBeFalse_whenTheIssueHasNoType() {
        when(issue.getIssueType()).thenReturn(null);

        boolean result = target.shouldDisplay(context);

        assertFalse(result);
    }

    @Test
    public void shouldDisplay_shouldBeFalse_whenTheContextHasNoIssue() {
        context.put("issue", "PERMIT-12");

        boolean result = target.shouldDisplay(context);

        assertFalse(result);
    }
}
