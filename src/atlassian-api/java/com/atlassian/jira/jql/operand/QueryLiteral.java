package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Declaration only, and partial: one value a JQL operand yields, a string or a number (an issue id
 * for an issue function). A function must give its {@code FunctionOperand} as the source.
 *
 * <p>Evidence: constructors {@code QueryLiteral(Operand, Long)} and {@code QueryLiteral(Operand,
 * String)}, {@code getLongValue()}, {@code getStringValue()}, {@code getSourceOperand()} and
 * "QueryLiterals produced by JqlFunctions must set the FunctionOperand as the operand source" in
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/operand/QueryLiteral.html . The bodies
 * are this declaration's (the sandbox runs them); Jira has its own. UNVERIFIED: that the class is
 * unchanged in Jira 11.
 */
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = null;
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = null;
        this.stringValue = stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }
}
