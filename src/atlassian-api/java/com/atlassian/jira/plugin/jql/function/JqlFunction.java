package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

/**
 * Declaration only, complete (every member of the interface, as our functions implement it whole):
 * a JQL function that a {@code <jql-function>} module provides. Jira calls {@link #init} once with
 * the module descriptor, then for each query {@link #validate} and {@link #getValues}.
 *
 * <p>Evidence: the javadoc of the interface's implementations lists these seven methods with these
 * signatures ({@code validate(ApplicationUser, FunctionOperand, TerminalClause)} returning {@code
 * MessageSet}, {@code getValues(QueryCreationContext, FunctionOperand, TerminalClause)} returning
 * {@code List<QueryLiteral>}, {@code getMinimumNumberOfExpectedArguments()}, {@code getDataType()},
 * and, from {@code AbstractJqlFunction}, {@code init(JqlFunctionModuleDescriptor)}, {@code
 * getFunctionName()}, {@code isList()}):
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/WatchedIssuesFunction.html
 * ,
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * ,
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/LinkedIssuesFunction.html
 * ; the module: https://developer.atlassian.com/server/jira/platform/jql-function/ . Public plugins
 * implement the same signatures (e.g. {@code atlascommunity/jira-plugins-groovy}, {@code
 * QueryFunctionAdapter}). UNVERIFIED: that Jira 11 (Platform 8) keeps the interface unchanged; the
 * javadoc seen is of the 7.x to 10.x line.
 */
public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(
            ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext,
            FunctionOperand operand,
            TerminalClause terminalClause);

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    boolean isList();

    JiraDataType getDataType();
}
