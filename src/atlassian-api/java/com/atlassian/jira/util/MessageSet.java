package com.atlassian.jira.util;

import java.util.Set;

/**
 * Declaration only, and partial: the errors and warnings a JQL function's validation reports; empty
 * when all is well.
 *
 * <p>Evidence: "Adds an error message", "Returns a unique set of all the … error messages",
 * "Returns true if there are error messages" in
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/AbstractMessageSet.html
 * ; {@code new MessageSetImpl()} and {@code messages.addErrorMessage(String)} in public plugins'
 * functions. UNVERIFIED: the exact names {@code getErrorMessages()} and {@code hasAnyErrors()}
 * (read from the method descriptions, not from a signature line).
 */
public interface MessageSet {
    void addErrorMessage(String errorMessage);

    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
