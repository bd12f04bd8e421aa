package com.atlassian.query.clause;

import com.atlassian.query.operand.Operand;

/**
 * Declaration only, and partial: a JQL clause such as {@code issue in
 * experimentsInStage("running")}: the field name and the operand. Our functions receive it and read
 * nothing from it.
 *
 * <p>Evidence: {@code TerminalClause} as the third parameter of {@code JqlFunction.validate} and
 * {@code getValues}
 * (https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/LinkedIssuesFunction.html)
 * and {@code terminalClause.getOperand()} in public plugins (e.g. {@code
 * atlascommunity/jira-plugins-groovy}, {@code QueryFunctionAdapter}). UNVERIFIED: {@code
 * getName()}, declared for the sandbox's clauses.
 */
public interface TerminalClause {
    String getName();

    Operand getOperand();
}
