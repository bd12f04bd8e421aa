package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.jira.ExperimentsForDepartmentFunction;
import org.experimentlog.jira.ExperimentsInStageFunction;
import org.experimentlog.persistence.AoDepartmentRepository;
import org.experimentlog.persistence.AoExperimentRepository;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A JQL function's values are a fixed number of SQL statements whatever the number of matching
 * experiments, measured through the function as Jira calls it, on real Active Objects; and they
 * never include an issue of a project the searcher may not browse, whatever the search around them
 * does.
 */
public class JqlFunctionStatementCountTest {
    /** The department by name, then the matching experiments. */
    private static final int DEPARTMENT_STATEMENTS = 2;

    /** The matching experiments; a stage needs no lookup. */
    private static final int STAGE_STATEMENTS = 1;

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private AoDatabase database;
    private SandboxComponents components;
    private DepartmentId policy;
    private int nextIssue;

    @Before
    public void setUp() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:jql-count-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        components = SandboxComponents.wire(SandboxDirectory.load(), database);
        policy =
                new AoDepartmentRepository(database.activeObjects())
                        .save(Department.create("Policy", null))
                        .requireId();
    }

    @After
    public void tearDown() {
        components.close();
        database.close();
    }

    @Test
    public void getValues_shouldIssueTheSameStatements_forOneAndForFortyMatches() {
        JqlFunction department = function(ExperimentsForDepartmentFunction.class);
        JqlFunction stage = function(ExperimentsInStageFunction.class);
        experiments("PERMIT", 1);
        int forOne = statements(department, "policy", "pia", 1);
        int stageForOne = statements(stage, "designing", "pia", 1);
        experiments("PERMIT", 20);
        experiments("MOVE", 19);

        int forForty = statements(department, "policy", "pia", 40);
        int stageForForty = statements(stage, "designing", "pia", 40);

        assertEquals("statements: " + database.statements().statements(), forOne, forForty);
        assertEquals(DEPARTMENT_STATEMENTS, forForty);
        assertEquals(stageForOne, stageForForty);
        assertEquals(STAGE_STATEMENTS, stageForForty);
    }

    @Test
    public void getValues_shouldYieldOlafNoPermitIssue() {
        List<IssueRef> permit = experiments("PERMIT", 3);
        List<IssueRef> move = experiments("MOVE", 2);

        Set<Long> forOlaf =
                values(function(ExperimentsForDepartmentFunction.class), "Policy", "olaf");
        Set<Long> forPia =
                values(function(ExperimentsForDepartmentFunction.class), "Policy", "pia");

        assertEquals(move.stream().map(IssueRef::id).collect(Collectors.toSet()), forOlaf);
        for (IssueRef issue : permit) {
            assertFalse(forOlaf.contains(issue.id()));
            assertTrue(forPia.contains(issue.id()));
        }
    }

    @Test
    public void getValues_shouldYieldNothing_forAnAnonymousSearcher() {
        experiments("MOVE", 2);

        assertEquals(
                Set.of(), values(function(ExperimentsForDepartmentFunction.class), "Policy", null));
    }

    private JqlFunction function(Class<? extends JqlFunction> type) {
        return components.spring().getAutowireCapableBeanFactory().createBean(type);
    }

    private int statements(JqlFunction function, String value, String user, int expected) {
        values(function, value, user);
        database.statements().reset();

        Set<Long> ids = values(function, value, user);

        assertEquals(expected, ids.size());
        return database.statements().count();
    }

    private static Set<Long> values(JqlFunction function, String value, String user) {
        FunctionOperand operand = new FunctionOperand(function.getFunctionName(), List.of(value));
        ApplicationUser searcher = user == null ? null : new SandboxApplicationUser(user);
        QueryCreationContext context =
                new QueryCreationContext() {
                    @Override
                    public ApplicationUser getApplicationUser() {
                        return searcher;
                    }

                    @Override
                    public boolean isSecurityOverriden() {
                        return false;
                    }
                };
        TerminalClause clause =
                new TerminalClause() {
                    @Override
                    public String getName() {
                        return "issue";
                    }

                    @Override
                    public Operand getOperand() {
                        return operand;
                    }
                };
        return function.getValues(context, operand, clause).stream()
                .map(QueryLiteral::getLongValue)
                .collect(Collectors.toSet());
    }

    /** Experiments in the project, involving Policy, designing. */
    private List<IssueRef> experiments(String project, int count) {
        return database.activeObjects()
                .executeInTransaction(
                        () -> {
                            AoExperimentRepository repository =
                                    new AoExperimentRepository(database.activeObjects());
                            List<IssueRef> issues = new ArrayList<>();
                            for (int i = 0; i < count; i++) {
                                nextIssue++;
                                IssueRef issue = new IssueRef(nextIssue, project + "-" + nextIssue);
                                Experiment saved =
                                        repository.save(
                                                Experiment.open(issue, new UserRef("pia"), NOW)
                                                        .withDepartments(List.of(policy)));
                                assertEquals(Stage.DESIGNING, saved.stage());
                                issues.add(issue);
                            }
                            return issues;
                        });
    }
}
