package com.atlassian.query.operand;

/**
 * Declaration only, and partial: the right-hand side of a JQL clause.
 *
 * <p>Evidence: {@code getName()} and {@code getDisplayString()} "From interface
 * com.atlassian.query.operand.Operand" in
 * https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html ({@code
 * accept} with its visitor is not declared: unused).
 */
public interface Operand {
    String getName();

    String getDisplayString();
}
