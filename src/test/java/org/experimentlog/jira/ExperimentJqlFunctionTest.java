package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentFilter;
import org.experimentlog.app.port.ExperimentSelection;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.Stage;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.Mockito;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class ExperimentJqlFunctionTest {
    private static final ExperimentFilter RUNNING = new ExperimentFilter.InStage(Stage.RUNNING);

    @Rule public MockitoRule mockito = MockitoJUnit.rule();
    @Mock private ExperimentSelection selection;
    @Mock private DepartmentRepository departments;
    @Mock private AccessPolicy access;
    @Mock private I18nResolver i18n;
    @Mock private UserDirectory users;
    @Mock private ApplicationUser olaf;
    @Mock private QueryCreationContext context;
    @Mock private TerminalClause clause;

    private ExperimentsInStageFunction target;

    @Before
    public void setUp() {
        target =
                new ExperimentsInStageFunction(
                        new ExperimentSearchService(selection, departments, access), i18n, users);
        when(selection.issuesMatching(RUNNING))
                .thenReturn(List.of(new IssueRef(10, "PERMIT-1"), new IssueRef(11, "MOVE-1")));
        when(olaf.getKey()).thenReturn("olaf");
        when(access.canBrowseProject(new UserRef("olaf"), new ProjectKey("MOVE"))).thenReturn(true);
        when(context.getApplicationUser()).thenReturn(olaf);
        when(users.locale()).thenReturn(Locale.forLanguageTag("nl"));
    }

    private static FunctionOperand operand(String... values) {
        return new FunctionOperand("experimentsInStage", List.of(values));
    }

    @Test
    public void
            getValues_shouldYieldTheIdsOfTheIssuesTheSearcherMayBrowse_withTheOperandAsSource() {
        FunctionOperand operand = operand("running");

        List<QueryLiteral> values = target.getValues(context, operand, clause);

        assertEquals(1, values.size());
        assertEquals(Long.valueOf(11), values.get(0).getLongValue());
        assertSame(operand, values.get(0).getSourceOperand());
    }

    @Test
    public void getValues_shouldYieldEveryMatch_whenSecurityIsOverridden() {
        when(context.isSecurityOverriden()).thenReturn(true);

        assertEquals(2, target.getValues(context, operand("running"), clause).size());
    }

    @Test
    public void getValues_shouldYieldNothing_forAnAnonymousSearcher() {
        when(context.getApplicationUser()).thenReturn(null);

        assertEquals(List.of(), target.getValues(context, operand("running"), clause));
    }

    @Test
    public void getValues_shouldYieldNothing_forAValueThatDoesNotValidate() {
        assertEquals(List.of(), target.getValues(context, operand("runing"), clause));
    }

    @Test
    public void validate_shouldReportAnUnknownStage_inTheSearchersLanguage() {
        when(i18n.getText(
                        eq(Locale.forLanguageTag("nl")),
                        eq("experimentlog.error.jql-stage-unknown"),
                        any(Serializable[].class)))
                .thenReturn("Kon de experimenten niet zoeken: \"runing\" is geen fase.");

        MessageSet messages = target.validate(olaf, operand("runing"), clause);

        assertTrue(messages.hasAnyErrors());
        assertEquals(
                Set.of("Kon de experimenten niet zoeken: \"runing\" is geen fase."),
                messages.getErrorMessages());
    }

    @Test
    public void validate_shouldFallBackToEnglish_whenTheBundleLacksTheKey() {
        when(i18n.getText(any(Locale.class), any(String.class), any(Serializable[].class)))
                .thenReturn("experimentlog.error.jql-one-value");

        MessageSet messages = target.validate(olaf, operand(), clause);

        assertEquals(
                Set.of(
                        "Could not search the experiments: experimentsInStage takes exactly one value, "
                                + "such as experimentsInStage(\"running\")."),
                messages.getErrorMessages());
    }

    @Test
    public void validate_shouldReportNothing_forAKnownStage() {
        assertFalse(target.validate(olaf, operand("Analysing"), clause).hasAnyErrors());
    }

    @Test
    public void validate_shouldNotTellAnAnonymousSearcherWhichDepartmentsExist() {
        ExperimentsForDepartmentFunction department =
                new ExperimentsForDepartmentFunction(
                        new ExperimentSearchService(selection, departments, access), i18n, users);

        MessageSet messages =
                department.validate(
                        null,
                        new FunctionOperand("experimentsForDepartment", List.of("Finance")),
                        clause);

        assertFalse(messages.hasAnyErrors());
        Mockito.verifyNoInteractions(departments);
    }

    @Test
    public void declaration_shouldBeAListOfIssues_takingOneValue() {
        assertEquals("experimentsInStage", target.getFunctionName());
        assertTrue(target.isList());
        assertSame(JiraDataTypes.ISSUE, target.getDataType());
        assertEquals(1, target.getMinimumNumberOfExpectedArguments());
        target.init(mock(JqlFunctionModuleDescriptor.class));
    }
}
