package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.experimentlog.jira.ExperimentsInStageFunction;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The sandbox refuses a wrongly declared {@code jql-function} module, where Jira would leave the
 * function out without a word; and it loads the five functions the real descriptor declares.
 */
public class SandboxJqlFunctionsTest {
    private static final String STAGE = ExperimentsInStageFunction.class.getName();

    private AoDatabase database;
    private SandboxComponents components;

    @Before
    public void setUp() {
        database =
                AoDatabase.connect(
                        "jdbc:h2:mem:jql-functions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        components = SandboxComponents.wire(SandboxDirectory.load(), database);
    }

    @After
    public void tearDown() {
        components.close();
        database.close();
    }

    private SandboxJqlFunctions load(String modules) {
        String xml =
                "<atlassian-plugin key=\"org.experimentlog.experiment-log\" name=\"t\" plugins-version=\"2\">"
                        + modules
                        + "</atlassian-plugin>";
        return SandboxJqlFunctions.build(
                SandboxJqlFunctions.parse(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
                components.spring().getAutowireCapableBeanFactory());
    }

    private static String module(String className, String children) {
        return "<jql-function key=\"f\" name=\"F\" class=\""
                + className
                + "\">"
                + children
                + "</jql-function>";
    }

    @Test
    public void load_shouldLoadTheFiveFunctionsOfTheRealDescriptor() {
        SandboxJqlFunctions target =
                SandboxJqlFunctions.load(components.spring().getAutowireCapableBeanFactory());

        assertEquals(
                List.of(
                        "experimentsInStage",
                        "experimentsWithVerdict",
                        "experimentsForOutcome",
                        "experimentsForDepartment",
                        "experimentsWithLearningTag"),
                target.names());
        assertTrue(target.named("EXPERIMENTSINSTAGE").isPresent());
    }

    @Test
    public void build_shouldAcceptAWellDeclaredFunction() {
        SandboxJqlFunctions target =
                load(module(STAGE, "<fname>experimentsInStage</fname><list>true</list>"));

        assertEquals(List.of("experimentsInStage"), target.names());
    }

    @Test
    public void parse_shouldRefuseTheNameGivenAsAnAttribute() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                load(
                                        "<jql-function key=\"f\" class=\""
                                                + STAGE
                                                + "\" fname=\"experimentsInStage\"><list>true</list></jql-function>"));

        assertEquals(
                "The jql-function f gives fname as an attribute; Jira reads <fname> as a child element and would "
                        + "ignore it",
                e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAModuleWithoutAName() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> load(module(STAGE, "<list>true</list>")));

        assertEquals("The jql-function f has no <fname>", e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAClassThatIsNoJqlFunction() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                load(
                                        module(
                                                "java.lang.String",
                                                "<fname>x</fname><list>true</list>")));

        assertEquals("The jql-function f (java.lang.String) is not a JqlFunction", e.getMessage());
    }

    @Test
    public void parse_shouldRefuseAClassThatDoesNotExist() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                load(
                                        module(
                                                "org.experimentlog.jira.Nothing",
                                                "<fname>x</fname><list>true</list>")));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .contains(
                                "names the class org.experimentlog.jira.Nothing, which does not exist"));
    }

    @Test
    public void build_shouldRefuseANameTheClassDisagreesWith() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                load(
                                        module(
                                                STAGE,
                                                "<fname>experimentsWithVerdict</fname><list>true</list>")));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .contains(
                                "declares <fname>experimentsWithVerdict</fname> but its class "
                                        + "answers getFunctionName() = experimentsInStage"));
    }

    @Test
    public void build_shouldRefuseAListFlagTheClassDisagreesWith() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> load(module(STAGE, "<fname>experimentsInStage</fname>")));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .contains(
                                "declares <list>false</list> but its class answers isList() = true"));
    }

    @Test
    public void build_shouldRefuseAFunctionThatYieldsNoIssues() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                load(
                                        module(
                                                NotIssues.class.getName(),
                                                "<fname>notIssues</fname><list>true</list>")));

        assertTrue(e.getMessage(), e.getMessage().contains("must yield a list of issues"));
    }

    @Test
    public void build_shouldRefuseTwoFunctionsWithOneName() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                load(
                                        module(
                                                        STAGE,
                                                        "<fname>experimentsInStage</fname><list>true</list>")
                                                + module(
                                                        STAGE,
                                                        "<fname>experimentsInStage</fname><list>true</list>")));

        assertEquals("Two jql-function modules are named experimentsInStage", e.getMessage());
    }

    /** A function of another data type, which cannot stand in {@code issue in …}. */
    public static final class NotIssues implements JqlFunction {
        @Override
        public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
            // nothing to read
        }

        @Override
        public MessageSet validate(
                ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
            return new MessageSetImpl();
        }

        @Override
        public List<QueryLiteral> getValues(
                QueryCreationContext context, FunctionOperand operand, TerminalClause clause) {
            return List.of();
        }

        @Override
        public int getMinimumNumberOfExpectedArguments() {
            return 0;
        }

        @Override
        public String getFunctionName() {
            return "notIssues";
        }

        @Override
        public boolean isList() {
            return true;
        }

        @Override
        public JiraDataType getDataType() {
            return new JiraDataType() {};
        }
    }
}
