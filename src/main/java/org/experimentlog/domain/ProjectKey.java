package org.experimentlog.domain;

/** A Jira project key, e.g. {@code PERMIT}. */
public record ProjectKey(String value) {
    public ProjectKey {
        if (!IssueKeys.isValidProject(value)) {
            throw new InvalidInputException("projectKey", "\"" + value + "\" is not a project key such as PERMIT.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
