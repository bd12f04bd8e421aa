package org.experimentlog.jira;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.List;
import java.util.Optional;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.ExperimentSearchService.Criterion;
import org.experimentlog.app.port.ExperimentFilter;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;

/**
 * A JQL function over the experiment record, such as {@code issue in
 * experimentsInStage("running")}: it takes one value, validates it with a message in the searcher's
 * language, and yields the ids of the Experiment issues that match, as {@link JiraDataTypes#ISSUE}
 * values. The work is {@link ExperimentSearchService}'s; this class only translates between Jira's
 * JQL types and the use case.
 *
 * <p>Only issues of projects the searcher may browse are yielded (Jira's own search then applies
 * issue security on top, as for every clause); an administrative search that overrides security
 * gets every match. The function's name and list flag are the class's own: the {@code <fname>} and
 * {@code <list>} of its {@code <jql-function>} module must agree, which the sandbox checks when it
 * loads the descriptor.
 */
public abstract class ExperimentJqlFunction implements JqlFunction {
    private final String name;
    private final Criterion criterion;
    private final String example;
    private final ExperimentSearchService search;
    private final JqlMessages messages;

    ExperimentJqlFunction(
            String name,
            Criterion criterion,
            String example,
            ExperimentSearchService search,
            I18nResolver i18n,
            UserDirectory users) {
        this.name = name;
        this.criterion = criterion;
        this.example = example;
        this.search = search;
        this.messages = new JqlMessages(i18n, users);
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // The name and list flag are constants of the class; nothing to read from the descriptor.
    }

    @Override
    public MessageSet validate(
            ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet result = new MessageSetImpl();
        try {
            if (searcher == null
                    && (criterion == Criterion.OUTCOME || criterion == Criterion.DEPARTMENT)) {
                // An anonymous searcher finds no experiment at all; telling them which outcome
                // titles and
                // department names exist would tell them more than that. Only the number of values
                // is checked.
                value(operand);
                return result;
            }
            filter(operand);
        } catch (InvalidInputException e) {
            result.addErrorMessage(messages.of(e));
        }
        return result;
    }

    /**
     * The ids of the matching issues; none for a value that does not validate (Jira validates
     * before it asks).
     */
    @Override
    public List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext,
            FunctionOperand operand,
            TerminalClause terminalClause) {
        ExperimentFilter filter;
        try {
            filter = filter(operand);
        } catch (InvalidInputException e) {
            return List.of();
        }
        List<IssueRef> issues =
                queryCreationContext.isSecurityOverriden()
                        ? search.issuesOverridingSecurity(filter)
                        : search.issues(filter, user(queryCreationContext.getApplicationUser()));
        return issues.stream().map(issue -> new QueryLiteral(operand, issue.id())).toList();
    }

    private ExperimentFilter filter(FunctionOperand operand) {
        return search.filter(criterion, value(operand));
    }

    /** The one value the function takes. */
    private String value(FunctionOperand operand) {
        List<String> values = operand.getArgs();
        if (values.size() != 1) {
            throw new InvalidInputException("value", ErrorKey.JQL_ONE_VALUE, name, example);
        }
        return values.get(0);
    }

    private static Optional<UserRef> user(ApplicationUser searcher) {
        return searcher == null || searcher.getKey() == null
                ? Optional.empty()
                : Optional.of(new UserRef(searcher.getKey()));
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public String getFunctionName() {
        return name;
    }

    /** A list of issues, used with {@code in} and {@code not in}. */
    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
