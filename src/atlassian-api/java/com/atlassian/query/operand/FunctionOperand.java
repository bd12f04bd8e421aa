package com.atlassian.query.operand;

import java.util.Collection;
import java.util.List;

/**
 * Declaration only, and partial: a function call in a JQL query, its name and its string arguments.
 *
 * <p>Evidence: constructors {@code FunctionOperand(String name, Collection<String> args)}, {@code
 * getName()}, {@code getArgs()} returning {@code List<String>}, {@code getDisplayString()} in
 * https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html . The
 * bodies are this declaration's (the sandbox runs them); Jira has its own.
 */
public final class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    @Override
    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }

    @Override
    public String getDisplayString() {
        return name + "(" + String.join(", ", args) + ")";
    }
}
