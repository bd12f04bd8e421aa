package com.atlassian.jira.util;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Declaration only, and partial: the message set JQL functions create, {@code new
 * MessageSetImpl()}. The bodies are this declaration's (the sandbox runs them); Jira has its own.
 *
 * <p>Evidence: see {@link MessageSet}
 * (https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/MessageSetImpl.html);
 * the no-argument constructor in public plugins' functions.
 */
public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {}

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(errors));
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }
}
